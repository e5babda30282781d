package vn.sachsong.server.console;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The linkage's own words on a review page, in the page's language: a compared field's name, its
 * agreement level ({@code vn.sachsong.linkage.PersonFields}), and a row's reason, which the linkage
 * writes "Vietnamese / English" for the cleaned file and its report.
 */
@Component("comparisons")
class Comparisons {
    private final MessageSource messages;

    Comparisons(MessageSource messages) {
        this.messages = messages;
    }

    public String prior(Locale locale) {
        return messages.getMessage("compare.prior", null, "prior", locale);
    }

    public String field(String field, Locale locale) {
        return messages.getMessage("compare.field." + field, null, field, locale);
    }

    /** The level by its words ("another person's ID": compare.level.another-person-s-id); as written when no words are kept for it. */
    public String level(String level, Locale locale) {
        var key = level.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return messages.getMessage("compare.level." + key, null, level, locale);
    }

    /** The half of a "Vietnamese / English" reason in the page's language; a reason not written so, whole. */
    public String reason(String reason, Locale locale) {
        if (reason == null) {
            return "";
        }
        int at = reason.indexOf(" / ");
        if (at < 0) {
            return reason;
        }
        return "en".equals(locale.getLanguage()) ? reason.substring(at + 3) : reason.substring(0, at);
    }
}
