package org.lodestar.pmo;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** What is sent to assign a mentor, log a session with the actions agreed in it, and follow an action up. */
public final class CoachingCommand {

    private CoachingCommand() {
    }

    /** A mentor for a project manager, from a date (today when left out). */
    public record Assign(@NotNull Long mentorId, @NotNull Long menteeId, LocalDate startedOn) {
    }

    /** A session held on a date (not in the future), its topics, notes and the actions agreed (each with a due date). */
    public record Session(@NotNull LocalDate heldOn, @NotEmpty @Size(max = 9) List<@NotNull CoachingTopic> topics,
                          @Size(max = 4000) String notes, @Size(max = 10) List<@NotNull AgreedAction> actions,
                          Long version) {
    }

    public record AgreedAction(@NotBlank @Size(max = 1000) String description, LocalDate dueOn) {
    }

    /** An action followed up: done, with what came of it. */
    public record FollowUp(@Size(max = 1000) String note, Long version) {
    }
}
