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

    /** A subscription whose secret is lost is ended: the agency subscribes again for a new secret; its events stay. */
    @Override
    public java.util.List<String> forget(String lostKeyId) {
        return subscriptions.deleteSealedWith(lostKeyId);
    }
}
