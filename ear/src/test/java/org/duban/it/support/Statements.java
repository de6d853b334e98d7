package org.duban.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.server.ServerSession;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Test only: counts the SQL statements that the persistence provider (EclipseLink, on Payara) sends to the database,
 * across every request of this server, from the first call on.
 */
@Stateless
@PermitAll
public class Statements {

    private static final AtomicLong COUNT = new AtomicLong();
    private static final AtomicBoolean LISTENING = new AtomicBoolean();

    @PersistenceUnit
    private EntityManagerFactory factory;

    /** The statements sent so far; the first call starts counting. */
    public long soFar() {
        if (LISTENING.compareAndSet(false, true)) {
            factory.unwrap(ServerSession.class).getEventManager().addListener(new SessionEventAdapter() {
                @Override
                public void preExecuteCall(SessionEvent event) {
                    COUNT.incrementAndGet();
                }
            });
        }
        return COUNT.get();
    }
}
