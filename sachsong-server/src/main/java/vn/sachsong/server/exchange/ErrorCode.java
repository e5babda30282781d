package vn.sachsong.server.exchange;

import org.springframework.http.HttpStatus;

/**
 * The stable codes of every refusal the exchange API gives, in the {@code code} member of its
 * problem+json body. Clients switch on these; a code never changes meaning (docs/API.md lists them).
 */
public enum ErrorCode {
    MISSING_API_KEY(HttpStatus.UNAUTHORIZED, "Thiếu khóa API / Missing API key"),
    UNKNOWN_API_KEY(HttpStatus.UNAUTHORIZED, "Khóa API không hợp lệ / Unknown API key"),
    REVOKED_API_KEY(HttpStatus.UNAUTHORIZED, "Khóa API đã bị thu hồi / Revoked API key"),
    AMBIGUOUS_API_KEY(HttpStatus.BAD_REQUEST, "Khóa API gửi hai lần / More than one Authorization header"),
    TOO_MANY_AUTH_FAILURES(HttpStatus.TOO_MANY_REQUESTS, "Quá nhiều lần xác thực sai / Too many failed authentications"),
    OPERATOR_ONLY(HttpStatus.FORBIDDEN, "Chỉ dành cho vận hành / Operator key required"),
    PURPOSE_NOT_ALLOWED(HttpStatus.FORBIDDEN, "Mục đích không được phép / Purpose not allowed"),
    FIELD_NOT_ALLOWED(HttpStatus.FORBIDDEN, "Trường không được phép / Field not allowed"),
    NON_CANONICAL_PATH(HttpStatus.BAD_REQUEST, "Đường dẫn không chuẩn / Path not in canonical form"),
    MALFORMED_REQUEST(HttpStatus.BAD_REQUEST, "Yêu cầu không hợp lệ / Malformed request"),
    INVALID_PID(HttpStatus.BAD_REQUEST, "Số định danh không hợp lệ / Invalid personal ID"),
    UNKNOWN_FIELD(HttpStatus.BAD_REQUEST, "Trường không tồn tại / Unknown field"),
    INVALID_PARAMETER(HttpStatus.BAD_REQUEST, "Tham số không hợp lệ / Invalid parameter"),
    MALFORMED_BODY(HttpStatus.BAD_REQUEST, "Nội dung không hợp lệ / Malformed body"),
    BODY_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "Nội dung quá lớn / Body too large"),
    BATCH_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "Lô quá lớn / Batch too large"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Kiểu nội dung không hỗ trợ / Unsupported media type"),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "Không trả được kiểu yêu cầu / Only JSON can be returned"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "Không tìm thấy / Not found"),
    PID_NOT_FOUND(HttpStatus.NOT_FOUND, "Không có trong sổ / Personal ID not in the registry"),
    UNKNOWN_DATASET(HttpStatus.NOT_FOUND, "Không có tập dữ liệu / Unknown dataset"),
    NOT_YOUR_DATASET(HttpStatus.FORBIDDEN, "Tập dữ liệu của cơ quan khác / Another agency's dataset"),
    CURSOR_AHEAD(HttpStatus.BAD_REQUEST, "Con trỏ vượt quá luồng / after is beyond the newest event"),
    UNKNOWN_PROCEDURE(HttpStatus.NOT_FOUND, "Không có thủ tục / Unknown procedure"),
    PROCEDURE_NOT_HANDLED(HttpStatus.FORBIDDEN, "Thủ tục không thuộc cấp của cơ quan / Procedure not handled by this agency"),
    INVALID_DATE(HttpStatus.BAD_REQUEST, "Ngày giờ không hợp lệ / Malformed or impossible date"),
    DOSSIER_CONFLICT(HttpStatus.CONFLICT, "Mã hồ sơ đã dùng với nội dung khác / Dossier code already stored with other content"),
    UNKNOWN_DOSSIER(HttpStatus.NOT_FOUND, "Không có hồ sơ / Unknown dossier"),
    NOT_YOUR_DOSSIER(HttpStatus.FORBIDDEN, "Hồ sơ của cơ quan khác / Another agency's dossier"),
    UNKNOWN_RESULT(HttpStatus.NOT_FOUND, "Không có kết quả / Unknown result"),
    NOT_YOUR_RESULT(HttpStatus.FORBIDDEN, "Kết quả của cơ quan khác / Another agency's result"),
    RESULT_REVOKED(HttpStatus.CONFLICT, "Kết quả đã bị thu hồi / Result already revoked"),
    EVIDENCE_UNKNOWN(HttpStatus.UNPROCESSABLE_CONTENT, "Kết quả dẫn chiếu không tồn tại / Cited result does not exist"),
    EVIDENCE_REVOKED(HttpStatus.UNPROCESSABLE_CONTENT, "Kết quả dẫn chiếu đã bị thu hồi / Cited result is revoked"),
    EVIDENCE_NOT_APPLICANTS(HttpStatus.UNPROCESSABLE_CONTENT, "Kết quả dẫn chiếu của người khác / Cited result belongs to someone else"),
    EVIDENCE_NOT_YET_ISSUED(HttpStatus.UNPROCESSABLE_CONTENT, "Kết quả dẫn chiếu cấp sau ngày nhận hồ sơ / Cited result issued after the dossier was received"),
    EVIDENCE_NOT_ACCEPTED(HttpStatus.UNPROCESSABLE_CONTENT, "Thủ tục không nhận loại giấy tờ này / The procedure does not accept this result"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "Phương thức không hỗ trợ / Method not allowed"),
    RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS, "Vượt hạn mức / Rate limit exceeded"),
    BODY_TIMEOUT(HttpStatus.REQUEST_TIMEOUT, "Nội dung đến quá chậm / Body too slow to arrive"),
    TOO_MANY_OPEN_REQUESTS(HttpStatus.TOO_MANY_REQUESTS, "Quá nhiều yêu cầu đang chờ / Too many requests held open"),
    UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "Tạm thời không phục vụ / Temporarily unavailable"),
    AUDIT_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "Không ghi được nhật ký / Audit log unavailable"),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "Lỗi hệ thống / Internal error");

    private final HttpStatus status;
    private final String title;

    ErrorCode(HttpStatus status, String title) {
        this.status = status;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }
}
