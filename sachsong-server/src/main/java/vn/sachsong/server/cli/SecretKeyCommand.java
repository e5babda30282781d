package vn.sachsong.server.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import vn.sachsong.server.feed.SecretKeyRotation;

@Command(name = "secret-key", description = "The hub's secret key, which seals webhook secrets and result-signing keys.",
        subcommands = SecretKeyCommand.Rotate.class)
final class SecretKeyCommand {

    @Command(name = "rotate", description = "A new secret key: every sealed secret sealed again under it in one transaction;"
            + " the old key is kept as secret.key.old.")
    static final class Rotate implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Override
        public Integer call() {
            try (var context = AppContexts.batch(global)) {
                var rotated = context.getBean(SecretKeyRotation.class).rotate();
                rotated.resealed().forEach((what, n) -> System.out.printf("  %-22s %,d sealed again%n", what, n));
                System.out.printf("Secret key %s replaced by %s%n", rotated.oldKeyId(), rotated.newKeyId());
                if (rotated.environmentKey() != null) {
                    System.out.println("The key is kept in SACHSONG_SECRET_KEY: set it to the new key before the next start:");
                    System.out.println("new key: " + rotated.environmentKey());
                } else {
                    System.out.println("The old key is kept in secret.key.old beside it; a running server uses the new one at once.");
                }
                return 0;
            }
        }
    }
}
