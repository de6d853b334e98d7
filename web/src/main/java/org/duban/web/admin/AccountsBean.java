package org.duban.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.duban.organization.Account;
import org.duban.organization.AccountInput;
import org.duban.organization.Administration;
import org.duban.organization.Role;
import org.duban.organization.Unit;
import org.duban.web.i18n.Messages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The administrator's accounts: find by name or unit, one form to add or change an account, deactivation, and a
 * password reset whose temporary password is shown once and must be changed at the next sign-in.
 */
@Named
@ViewScoped
public class AccountsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Administration administration;
    @Inject
    private Messages messages;

    private transient List<Account> accounts;
    private transient List<Unit> units;

    private String search;
    private Long searchUnit;

    private Long editing;
    private int version;
    private String username;
    private String fullName;
    private Long unitId;
    private List<String> roles = new ArrayList<>();
    private String email;
    private String language;
    private boolean directoryLogin;

    /** A temporary password just made, shown once with the login it belongs to. */
    private String handOverLogin;
    private String handOverPassword;

    public List<Account> getAccounts() {
        if (accounts == null) {
            accounts = administration.accounts(search, searchUnit);
        }
        return accounts;
    }

    public List<Unit> getUnits() {
        if (units == null) {
            units = administration.units();
        }
        return units;
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public void find() {
        accounts = null;
    }

    public void edit(long id) {
        Account account = administration.account(id);
        editing = account.getId();
        version = account.getVersion();
        username = account.getUsername();
        fullName = account.getFullName();
        unitId = account.getUnit().getId();
        roles = account.getRoles().stream().map(Role::name).toList();
        email = account.getEmail();
        language = account.getLanguage();
        directoryLogin = account.isDirectoryLogin();
    }

    public void startNew() {
        editing = null;
        username = null;
        fullName = null;
        unitId = null;
        roles = new ArrayList<>();
        email = null;
        language = null;
        directoryLogin = false;
    }

    public void save() {
        AccountInput input = new AccountInput(username, fullName, unitId,
                roles.stream().map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class))),
                email, language, directoryLogin);
        String login = username;
        handOver(null, null);
        if (editing == null) {
            administration.createAccount(input).ifPresent(password -> handOver(login, password));
        } else {
            administration.changeAccount(editing, version, input);
        }
        messages.info("page.accounts.saved");
        startNew();
        accounts = null;
    }

    public void resetPassword(long id, String login) {
        handOver(null, null);
        handOver(login, administration.resetPassword(id));
        messages.info("page.accounts.passwordReset");
    }

    public void deactivate(long id) {
        administration.deactivateAccount(id);
        messages.info("page.accounts.deactivated");
        accounts = null;
    }

    public void activate(long id) {
        administration.activateAccount(id);
        messages.info("page.accounts.activated");
        accounts = null;
    }

    /** A temporary password just made is shown once, with the login it belongs to. */
    private void handOver(String login, String password) {
        handOverLogin = login;
        handOverPassword = password;
    }

    public boolean isEditing() { return editing != null; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public Long getSearchUnit() { return searchUnit; }
    public void setSearchUnit(Long searchUnit) { this.searchUnit = searchUnit; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public List<String> getRoles() { return roles; }
    public void setRoles(List<String> roles) { this.roles = roles == null ? new ArrayList<>() : roles; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public boolean isDirectoryLogin() { return directoryLogin; }
    public void setDirectoryLogin(boolean directoryLogin) { this.directoryLogin = directoryLogin; }
    public String getHandOverLogin() { return handOverLogin; }
    public String getHandOverPassword() { return handOverPassword; }
}
