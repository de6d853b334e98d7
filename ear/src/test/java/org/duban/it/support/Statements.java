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
 * Test only: counts the SQL statements that the persistence provider (EclipseLink, on Payara) sends to the database
 * while answering HTTP requests (Payara's http-thread-pool; not the timers), from the first call on.
 */
@Stateless
@PermitAll
public class Statements {

    private static final AtomicLong COUNT = new AtomicLong();
    private static final AtomicBoolean LISTENING = new AtomicBoolean();
    private static final java.util.Deque<String> RECENT = new java.util.concurrent.ConcurrentLinkedDeque<>();

    @PersistenceUnit
    private EntityManagerFactory factory;

    /** The statements sent so far; the first call starts counting. */
    public long soFar() {
        if (LISTENING.compareAndSet(false, true)) {
            factory.unwrap(ServerSession.class).getEventManager().addListener(new SessionEventAdapter() {
                @Override
                public void preExecuteCall(SessionEvent event) {
                    if (!Thread.currentThread().getName().startsWith("http-thread-pool")) {
                        return; // a timer's scan is not the page's work
                    }
                    COUNT.incrementAndGet();
                    RECENT.addLast(String.valueOf(event.getCall()));
                    while (RECENT.size() > 100) {
                        RECENT.pollFirst();
                    }
                }
            });
        }
        return COUNT.get();
    }

    /** The last statements sent (at most 100), oldest first, to say which ones a test did not expect. */
    public java.util.List<String> recent() {
        return java.util.List.copyOf(RECENT);
    }
}
