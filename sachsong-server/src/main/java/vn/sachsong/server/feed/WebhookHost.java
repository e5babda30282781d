package vn.sachsong.server.feed;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Where a webhook may not be sent: a host that resolves to a link-local address (169.254.0.0/16,
 * where clouds answer with their instances' credentials, or fe80::/10), to no address in particular
 * (0.0.0.0, ::) or to a multicast group. Agencies' receivers are on their own networks, private
 * ranges included, and a relay may listen on the hub's own machine, so those are allowed. Checked
 * when a URL is subscribed and again before each delivery (a name may resolve elsewhere later; one
 * that changes between the check and the connection is not caught).
 */
final class WebhookHost {
    private WebhookHost() {
    }

    /** Why the URL's host is refused; empty when it may be sent to. */
    static Optional<String> refusal(URI url) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(url.getHost());
        } catch (UnknownHostException e) {
            return Optional.of("its host " + url.getHost() + " does not resolve");
        }
        for (var a : addresses) {
            if (a.isLinkLocalAddress() || a.isAnyLocalAddress() || a.isMulticastAddress()) {
                return Optional.of("its host " + url.getHost() + " resolves to " + a.getHostAddress() + ", a "
                        + (a.isLinkLocalAddress() ? "link-local" : a.isAnyLocalAddress() ? "wildcard" : "multicast")
                        + " address no receiver is at");
            }
        }
        return Optional.empty();
    }
}
