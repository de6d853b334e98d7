package org.duban.organization;

import jakarta.enterprise.context.ApplicationScoped;

import javax.naming.Context;
import javax.naming.NamingException;
import javax.naming.directory.InitialDirContext;
import java.util.Hashtable;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The college directory (LDAP): a person's password is right when the directory accepts a bind with their name.
 * Plain JNDI of the JDK, so it runs on any server; the address and the name pattern are settings.
 */
@ApplicationScoped
public class CollegeDirectory {

    private static final Logger LOG = Logger.getLogger(CollegeDirectory.class.getName());

    public boolean accepts(String url, String userDnPattern, String username, String password) {
        // An empty password would be an anonymous bind, which many directories accept.
        if (url == null || userDnPattern == null || password == null || password.isEmpty()) {
            return false;
        }
        Hashtable<String, String> environment = new Hashtable<>();
        environment.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        environment.put(Context.PROVIDER_URL, url);
        environment.put(Context.SECURITY_AUTHENTICATION, "simple");
        environment.put(Context.SECURITY_PRINCIPAL, userDnPattern.replace("{0}", escaped(username)));
        environment.put(Context.SECURITY_CREDENTIALS, password);
        environment.put("com.sun.jndi.ldap.connect.timeout", "5000");
        environment.put("com.sun.jndi.ldap.read.timeout", "5000");
        try {
            new InitialDirContext(environment).close();
            return true;
        } catch (javax.naming.AuthenticationException e) {
            return false;
        } catch (NamingException e) {
            LOG.log(Level.WARNING, "The college directory at " + url + " could not be asked", e);
            return false;
        }
    }

    /** RFC 4514: a name typed at the login form cannot change the shape of the distinguished name. */
    static String escaped(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean edge = (i == 0 && (c == ' ' || c == '#')) || (i == value.length() - 1 && c == ' ');
            if (edge || ",+\"\\<>;=".indexOf(c) >= 0) {
                out.append('\\');
            }
            if (c == 0) {
                out.append("\\00");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
