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
