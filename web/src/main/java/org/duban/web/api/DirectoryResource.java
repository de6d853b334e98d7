package org.duban.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.duban.organization.Account;
import org.duban.organization.Directory;

import java.util.List;
import java.util.stream.Stream;

/**
 * The ids a program needs for the filters and forms of the others, as the draft and item pages offer them
 * ({@link Directory}): the units work can be assigned to, the leaders, and the staff of the caller's own unit (for a
 * hand-over). Three statements and one for the names, whatever their number.
 */
@Path("directory")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryResource {

    public record UnitEntry(long id, String code, String name) {
    }

    /** {@code name}: 姓名（单位）. */
    public record PersonEntry(long id, String login, String name) {
    }

    public record Answer(List<UnitEntry> units, List<PersonEntry> leaders, List<PersonEntry> staff) {
    }

    @EJB
    private Directory directory;
    @Inject
    private Shapes shapes;

    @GET
    public Answer entries() {
        List<Account> leaders = directory.leaders();
        List<Account> staff = directory.staffOfMyUnit();
        shapes.know(Stream.concat(leaders.stream(), staff.stream()).map(Account::getUsername).toList());
        return new Answer(directory.workingUnits().stream()
                .map(unit -> new UnitEntry(unit.getId(), unit.getCode(), unit.getName())).toList(),
                people(leaders), people(staff));
    }

    private List<PersonEntry> people(List<Account> accounts) {
        return accounts.stream().map(a -> new PersonEntry(a.getId(), a.getUsername(), shapes.person(a.getUsername())))
                .toList();
    }
}
