package vn.sachsong.server.feed;

import org.springframework.stereotype.Component;

/** The webhook subscriptions' signing secrets, sealed again when the hub's key is rotated. */
@Component
class WebhookSecrets implements Resealable {
    private final SubscriptionStore subscriptions;

    WebhookSecrets(SubscriptionStore subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public String secrets() {
        return "webhook secrets";
    }

    @Override
    public int reseal(SecretBox from, SecretBox to) {
        return subscriptions.reseal(from, to);
    }
}
