package vn.sachsong.refdata;

import java.util.List;
import java.util.stream.Collectors;

/** The outcome of checking an ID number: valid when there are no problems. */
public record PidCheck(List<PidProblem> problems) {
    static final PidCheck VALID = new PidCheck(List.of());

    public PidCheck {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    /** The problems' messages joined with "; ", empty when valid. */
    public String summary() {
        return problems.stream().map(PidProblem::message).collect(Collectors.joining("; "));
    }
}
