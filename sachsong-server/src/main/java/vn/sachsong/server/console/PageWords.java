package vn.sachsong.server.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The labels the charts draw, in the page's language, as JSON for the page's script ({@code wordsJson}). */
@ControllerAdvice(basePackageClasses = PageWords.class)
class PageWords {
    private static final List<String> KEYS = List.of("correct", "complete", "clean", "live", "cleaned", "requests");
    private final MessageSource messages;

    PageWords(MessageSource messages) {
        this.messages = messages;
    }

    @ModelAttribute("wordsJson")
    String words(Locale locale) {
        var map = new LinkedHashMap<String, String>();
        for (var key : KEYS) {
            map.put(key, messages.getMessage("chart." + key, null, key, locale));
        }
        for (var status : vn.sachsong.cleaning.RowOutcome.STATUSES) {
            map.put("statuses." + status, messages.getMessage("status." + status, null, status, locale));
        }
        for (var field : List.of("full_name", "birth_date", "sex", "pid", "old_id", "address", "province")) {
            var word = messages.getMessage("field." + field, null, field, locale);   // the run's corrections and completeness charts
            map.put("corrections." + field, word);
            map.put("completeness." + field, word);
        }
        for (var bucket : ReasonBuckets.BUCKETS) {
            map.put("buckets." + bucket, messages.getMessage("bucket." + bucket, null, bucket, locale));
        }
        for (var level : vn.sachsong.server.exchange.AgencyLevel.values()) {
            for (var rate : List.of("digitisation", "e_result", "reuse")) {
                map.put(level.code() + "." + rate, messages.getMessage("level." + level.code(), null, level.code(), locale)
                        + ": " + messages.getMessage("procedures." + rate, null, rate, locale));
            }
        }
        return PageJson.of(map);
    }
}
