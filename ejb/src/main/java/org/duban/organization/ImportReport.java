package org.duban.organization;

import java.util.List;

/** What an import did: nothing and the bad rows with their line, or everything with the temporary passwords. */
public record ImportReport(List<Problem> problems, int unitsCreated, List<Credential> accounts) {

    /** A bad row: its line in the file (the header is line 1) and why, as a bundle key with arguments. */
    public record Problem(int line, String messageKey, List<Object> arguments) {
    }

    /** A local account made by the import and its temporary password (empty for a directory account). */
    public record Credential(String username, String temporaryPassword) {
    }

    public boolean imported() {
        return problems.isEmpty();
    }
}
