package org.duban.history;

import org.duban.shared.Require;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * One person's action as the history records it: who, in which role, when it was recorded, and the files that go
 * with it. The service layer builds it from the caller and the injected clock; the domain never reads the time.
 */
public record Act(Actor actor, Instant at, ZoneId zone, List<NewFile> files) {

    public Act {
        Require.present(actor, "error.actor.required");
        Require.present(at, "error.time.required");
        Require.present(zone, "error.time.required");
        files = files == null ? List.of() : List.copyOf(files);
    }

    public Act(Actor actor, Instant at, ZoneId zone) {
        this(actor, at, zone, List.of());
    }

    public LocalDate today() {
        return LocalDate.ofInstant(at, zone);
    }

    public Act withFiles(List<NewFile> moreFiles) {
        return new Act(actor, at, zone, moreFiles);
    }
}
