package vn.sachsong.linkage;

import java.io.IOException;
import java.net.JarURLConnection;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32C;

/**
 * A fingerprint of this library's code: every entry of its jar (name, CRC, size), or every file of
 * its class folder when it runs from one. What one version of the code derived and kept (a saved
 * registry index, a dataset's rows as a run read them) is used again only by the same code.
 * When the code's origin cannot be read, the stamp is one no other process has.
 */
public final class CodeStamp {
    /** This process's stamp, computed once. */
    public static final String CODE = of();

    private CodeStamp() {
    }

    private static String of() {
        var crc = new CRC32C();
        try {
            var url = CodeStamp.class.getResource("CodeStamp.class");
            if (url != null && url.openConnection() instanceof JarURLConnection connection) {
                connection.setUseCaches(false); // a jar of our own to close, not the class loader's
                try (var jar = connection.getJarFile()) {
                    var entries = jar.entries();
                    while (entries.hasMoreElements()) {
                        var entry = entries.nextElement();
                        crc.update(entry.getName().getBytes(StandardCharsets.UTF_8));
                        crc.update(ByteBuffer.allocate(16).putLong(entry.getCrc()).putLong(entry.getSize()).flip());
                    }
                }
                return "jar:" + Long.toHexString(crc.getValue());
            }
            if (url != null && "file".equals(url.getProtocol())) {
                var root = Path.of(url.toURI()).getParent().getParent().getParent().getParent();
                try (var files = Files.walk(root)) {
                    for (var f : files.filter(Files::isRegularFile).sorted().toList()) {
                        crc.update(root.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                        crc.update(Files.readAllBytes(f));
                    }
                }
                return "dir:" + Long.toHexString(crc.getValue());
            }
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            // an unknown code base: a stamp no other process has, so nothing kept is ever used again
        }
        return "once:" + java.util.UUID.randomUUID();
    }
}
