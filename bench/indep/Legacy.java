import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Legacy Vietnamese encodings for the independent generator, written without the product's code
 * or its tables (see README.md, "Encoding tables").
 *
 * TCVN3 (VSCII-3, the ABC fonts .VnTime/.VnTimeH): byte values taken from the TCVN3 table of
 * VBKey (khiemdoan/VBKey, Modules/mdlCodeTable.bas, commit a681ebf3), checked byte for byte in
 * the range 0xA1-0xFE against glibc's TCVN5712-1 converter (`iconv -f TCVN5712-1`, whose upper
 * half VSCII-3 shares) and against the published comparison chart "Bảng đối chiếu encoding các bộ
 * chữ hiện hành với Unicode". TCVN3 has no code for an upper-case vowel with a tone mark: as in
 * VBKey (and UniKey), such a letter is written with the lower-case code, and a cell typed in an
 * all-capitals font (.VnTimeH) is all lower-case codes.
 *
 * VNI-Windows: base letter plus one mark byte; from the same VBKey file (VNI_WINDOWS_TABLE),
 * checked against the same published chart.
 *
 * Windows-1258: the JDK's own charset; letters it lacks are written the way Windows does, as the
 * base letter (with its circumflex, breve or horn) followed by a combining tone mark.
 */
final class Legacy {
    private Legacy() {
    }

    // Unicode letter = TCVN3 byte (hex). Lower case (67) and the 7 toneless capitals.
    private static final String TCVN3 = "à=B5 á=B8 ả=B6 ã=B7 ạ=B9 â=A9 ầ=C7 ấ=CA ẩ=C8 ẫ=C9 ậ=CB ă=A8 ằ=BB ắ=BE ẳ=BC ẵ=BD "
            + "ặ=C6 đ=AE è=CC é=D0 ẻ=CE ẽ=CF ẹ=D1 ê=AA ề=D2 ế=D5 ể=D3 ễ=D4 ệ=D6 ì=D7 í=DD ỉ=D8 ĩ=DC ị=DE ò=DF "
            + "ó=E3 ỏ=E1 õ=E2 ọ=E4 ô=AB ồ=E5 ố=E8 ổ=E6 ỗ=E7 ộ=E9 ơ=AC ờ=EA ớ=ED ở=EB ỡ=EC ợ=EE ù=EF ú=F3 ủ=F1 "
            + "ũ=F2 ụ=F4 ư=AD ừ=F5 ứ=F8 ử=F6 ữ=F7 ự=F9 ỳ=FA ý=FD ỷ=FB ỹ=FC ỵ=FE "
            + "Ă=A1 Â=A2 Ê=A3 Ô=A4 Ơ=A5 Ư=A6 Đ=A7";

    // Unicode letter = VNI-Windows bytes (hex).
    private static final String VNI = "à=61F8 á=61F9 ả=61FB ã=61F5 ạ=61EF â=61E2 ầ=61E0 ấ=61E1 ẩ=61E5 ẫ=61E3 ậ=61E4 "
            + "ă=61EA ằ=61E8 ắ=61E9 ẳ=61FA ẵ=61FC ặ=61EB đ=F1 è=65F8 é=65F9 ẻ=65FB ẽ=65F5 ẹ=65EF ê=65E2 ề=65E0 "
            + "ế=65E1 ể=65E5 ễ=65E3 ệ=65E4 ì=EC í=ED ỉ=E6 ĩ=F3 ị=F2 ò=6FF8 ó=6FF9 ỏ=6FFB õ=6FF5 ọ=6FEF ô=6FE2 "
            + "ồ=6FE0 ố=6FE1 ổ=6FE5 ỗ=6FE3 ộ=6FE4 ơ=F4 ờ=F4F8 ớ=F4F9 ở=F4FB ỡ=F4F5 ợ=F4EF ù=75F8 ú=75F9 ủ=75FB "
            + "ũ=75F5 ụ=75EF ư=F6 ừ=F6F8 ứ=F6F9 ử=F6FB ữ=F6F5 ự=F6EF ỳ=79F8 ý=79F9 ỷ=79FB ỹ=79F5 ỵ=EE "
            + "À=41D8 Á=41D9 Ả=41DB Ã=41D5 Ạ=41CF Â=41C2 Ầ=41C0 Ấ=41C1 Ẩ=41C5 Ẫ=41C3 Ậ=41C4 Ă=41CA Ằ=41C8 "
            + "Ắ=41C9 Ẳ=41DA Ẵ=41DC Ặ=41CB Đ=D1 È=45D8 É=45D9 Ẻ=45DB Ẽ=45D5 Ẹ=45CF Ê=45C2 Ề=45C0 Ế=45C1 Ể=45C5 "
            + "Ễ=45C3 Ệ=45C4 Ì=CC Í=CD Ỉ=C6 Ĩ=D3 Ị=D2 Ò=4FD8 Ó=4FD9 Ỏ=4FDB Õ=4FD5 Ọ=4FCF Ô=4FC2 Ồ=4FC0 Ố=4FC1 "
            + "Ổ=4FC5 Ỗ=4FC3 Ộ=4FC4 Ơ=D4 Ờ=D4D8 Ớ=D4D9 Ở=D4DB Ỡ=D4D5 Ợ=D4CF Ù=55D8 Ú=55D9 Ủ=55DB Ũ=55D5 Ụ=55CF "
            + "Ư=D6 Ừ=D6D8 Ứ=D6D9 Ử=D6DB Ữ=D6D5 Ự=D6CF Ỳ=59D8 Ý=59D9 Ỷ=59DB Ỹ=59D5 Ỵ=CE";

    private static final Map<Character, byte[]> TCVN3_MAP = parse(TCVN3);
    private static final Map<Character, byte[]> VNI_MAP = parse(VNI);
    private static final Charset CP1258 = Charset.forName("windows-1258");

    private static Map<Character, byte[]> parse(String table) {
        var m = new HashMap<Character, byte[]>();
        for (String e : table.split(" ")) {
            char c = e.charAt(0);
            String hex = e.substring(2);
            byte[] b = new byte[hex.length() / 2];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
            }
            m.put(c, b);
        }
        return m;
    }

    /** TCVN3 bytes of a text; {@code allCapsFont}: typed in a .VnTimeH font (every letter as its lower-case code). */
    static byte[] tcvn3(String s, boolean allCapsFont) {
        s = Normalizer.normalize(s, Normalizer.Form.NFC);
        if (allCapsFont) {
            s = s.toLowerCase(Gen.VI);
        }
        var out = new ByteArrayOutputStream(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                out.write(c);
                continue;
            }
            byte[] b = TCVN3_MAP.get(c);
            if (b == null) {
                b = TCVN3_MAP.get(Character.toLowerCase(c)); // a toned capital: the lower-case code
            }
            if (b == null) {
                out.write('?');
            } else {
                out.write(b, 0, b.length);
            }
        }
        return out.toByteArray();
    }

    static byte[] vni(String s) {
        s = Normalizer.normalize(s, Normalizer.Form.NFC);
        var out = new ByteArrayOutputStream(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                out.write(c);
                continue;
            }
            byte[] b = VNI_MAP.get(c);
            if (b == null) {
                out.write('?');
            } else {
                out.write(b, 0, b.length);
            }
        }
        return out.toByteArray();
    }

    /** The text a cell shows when its legacy bytes are read as Windows-1252 (as in a UTF-8 export of such a cell). */
    static String asCp1252(byte[] b) {
        // Neither TCVN3 nor VNI uses 0x80-0x9F, so Latin-1 and Windows-1252 read these bytes alike.
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    static String tcvn3Cell(String s, boolean allCapsFont) {
        return asCp1252(tcvn3(s, allCapsFont));
    }

    static String vniCell(String s) {
        return asCp1252(vni(s));
    }

    /** Windows-1258 bytes, composed the Windows way: letters the code page lacks as base + combining tone. */
    static byte[] cp1258(String s, boolean decomposeAll) {
        s = Normalizer.normalize(s, Normalizer.Form.NFC);
        CharsetEncoder enc = CP1258.newEncoder();
        var sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80 || (!decomposeAll && enc.canEncode(c))) {
                sb.append(c);
                continue;
            }
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            var base = new StringBuilder();
            var tone = new StringBuilder();
            for (int k = 0; k < d.length(); k++) {
                char x = d.charAt(k);
                if (x == '\u0300' || x == '\u0301' || x == '\u0303' || x == '\u0309' || x == '\u0323') {
                    tone.append(x);
                } else {
                    base.append(x);
                }
            }
            String b = Normalizer.normalize(base, Normalizer.Form.NFC);
            if (!enc.canEncode(b)) {
                sb.append(c); // not Vietnamese: let the encoder replace it
            } else {
                sb.append(b).append(tone);
            }
        }
        return sb.toString().getBytes(CP1258);
    }
}
