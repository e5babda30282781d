package vn.sachsong.server.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import vn.sachsong.server.feed.SecretKeyRotation;

@Command(name = "secret-key", description = "The hub's secret key, which seals webhook secrets and result-signing keys.",
        subcommands = {SecretKeyCommand.Rotate.class, SecretKeyCommand.ForgetLost.class})
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
                if (rotated.finishedCutShort()) {
                    System.out.printf("A rotation cut short after its commit is finished: secret.key is now key %s (the secrets are"
                            + " sealed with it); the old key is kept in secret.key.old. Run the command again for a new key.%n",
                            rotated.newKeyId());
                    return 0;
                }
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

    @Command(name = "forget-lost", description = "The key of that id is lost for good: the secrets sealed with it are dropped in one"
            + " transaction (webhook subscriptions ended, result-signing keys retired, their results still verifying),"
            + " so the hub seals again; a new secret.key is made if it is missing.")
    static final class ForgetLost implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Parameters(paramLabel = "KEY_ID", description = "the lost key's id, as the refusal to seal names it (16 hex digits)")
        String keyId;

        @Override
        public Integer call() {
            try (var context = AppContexts.batch(global)) {
                var forgotten = context.getBean(SecretKeyRotation.class).forgetLost(keyId);
                forgotten.agencies().forEach((what, agencies) -> System.out.printf("  %-22s %,d dropped%s%n", what, agencies.size(),
                        agencies.isEmpty() ? "" : ": " + String.join(", ", agencies)));
                System.out.printf("Secrets sealed with the lost key %s dropped; the hub's key is %s%n", forgotten.lostKeyId(),
                        forgotten.keyId());
                if (!forgotten.agencies().getOrDefault("webhook secrets", java.util.List.of()).isEmpty()) {
                    System.out.println("Their webhooks are ended: each subscribes again (feed subscribe) for a new secret;"
                            + " their events wait to be pulled.");
                }
                System.out.println("Agencies whose signing key was lost get a new one at their next result;"
                        + " their old results still verify (the public keys stay in /.well-known/jwks.json).");
                return 0;
            }
        }
    }
}
