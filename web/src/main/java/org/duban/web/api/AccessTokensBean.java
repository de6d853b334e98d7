package org.duban.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.duban.organization.AccessToken;
import org.duban.organization.AccessToken.Scope;
import org.duban.organization.AccessTokens;
import org.duban.web.i18n.Messages;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The person's personal access tokens (访问令牌) for the REST API: a new one, shown once right after it is made; the
 * list; revoking one.
 */
@Named
@RequestScoped
public class AccessTokensBean {

    @EJB
    private AccessTokens tokens;
    @Inject
    private Messages messages;
    @Inject
    private Clock clock;

    private String name;
    private Scope scope = Scope.READ;
    private int days = 90;
    private String made;
    private List<AccessToken> mine;

    public void create() {
        made = tokens.create(name, scope, days);
        mine = null;
        name = null;
        messages.info("page.tokens.created");
    }

    public void revoke(String fingerprint) {
        tokens.revoke(fingerprint);
        mine = null;
        messages.info("page.tokens.revoked");
    }

    public List<AccessToken> getMine() {
        if (mine == null) {
            mine = tokens.mine();
        }
        return mine;
    }

    public boolean expired(AccessToken token) {
        return !token.isValidOn(LocalDate.now(clock));
    }

    public List<Scope> getScopes() {
        return List.of(Scope.values());
    }

    public List<Integer> getValidities() {
        return Arrays.stream(AccessToken.VALID_DAYS).boxed().toList();
    }

    /** The token just made, or {@code null}. */
    public String getMade() { return made; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Scope getScope() { return scope; }
    public void setScope(Scope scope) { this.scope = scope; }
    public int getDays() { return days; }
    public void setDays(int days) { this.days = days; }
}
