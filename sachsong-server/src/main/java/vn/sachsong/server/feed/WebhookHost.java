package vn.sachsong.server.feed;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Where a webhook may not be sent: a host that resolves to a link-local address (169.254.0.0/16,
 * where clouds answer with their instances' credentials, or fe80::/10), to no address in particular
 * (0.0.0.0, ::), to a multicast group or to the broadcast address, also when written as an IPv6
 * address that carries the IPv4 one. Agencies' receivers are on their own networks, private
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
        for (var resolved : addresses) {
            var a = embedded(resolved);
            if (a.isLinkLocalAddress() || a.isAnyLocalAddress() || a.isMulticastAddress() || broadcast(a)) {
                return Optional.of("its host " + url.getHost() + " resolves to " + resolved.getHostAddress() + ", a "
                        + (a.isLinkLocalAddress() ? "link-local" : a.isAnyLocalAddress() ? "wildcard"
                                : a.isMulticastAddress() ? "multicast" : "broadcast")
                        + " address no receiver is at");
            }
        }
        return Optional.empty();
    }

    /**
     * The IPv4 address an IPv6 one carries, where it carries one the network routes to (IPv4-mapped
     * and -compatible ::a.b.c.d, NAT64's 64:ff9b::a.b.c.d, 6to4's 2002:a.b.c.d::), else the address.
     */
    static InetAddress embedded(InetAddress address) {
        if (!(address instanceof java.net.Inet6Address)) {
            return address;
        }
        var b = address.getAddress();
        boolean zeros = true;
        for (int i = 0; i < 10; i++) {
            zeros &= b[i] == 0;
        }
        int from = -1;
        if (zeros && (b[10] == 0 && b[11] == 0 || b[10] == (byte) 0xFF && b[11] == (byte) 0xFF)) {
            from = 12;   // ::a.b.c.d, ::ffff:a.b.c.d
        } else if (b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xFF && b[3] == (byte) 0x9B) {
            from = 12;   // 64:ff9b::/96
        } else if (b[0] == 0x20 && b[1] == 0x02) {
            from = 2;    // 2002::/16
        }
        if (from < 0) {
            return address;
        }
        try {
            return InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, from, from + 4));
        } catch (UnknownHostException e) {
            return address;
        }
    }

    private static boolean broadcast(InetAddress a) {
        var b = a.getAddress();
        return b.length == 4 && b[0] == (byte) 0xFF && b[1] == (byte) 0xFF && b[2] == (byte) 0xFF && b[3] == (byte) 0xFF;
    }
}
