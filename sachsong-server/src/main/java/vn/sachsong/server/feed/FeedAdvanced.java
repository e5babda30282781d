package vn.sachsong.server.feed;

import java.util.Set;

/** Published when agencies' feeds got new events or acknowledgements: what they hold is more or less live. */
public record FeedAdvanced(Set<String> agencies) {
}
