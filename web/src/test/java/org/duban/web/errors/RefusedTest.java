package org.duban.web.errors;

import jakarta.ejb.EJBException;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;

import static org.junit.jupiter.api.Assertions.*;

class RefusedTest {

    /** As Faces, EL, EJB and EclipseLink wrap what the database said. */
    private static Throwable wrapped(SQLException said) {
        return new FacesException(new ELException(new EJBException(new RuntimeException("Exception [EclipseLink-4002]", said))));
    }

    @Test
    void aTransactionTheDatabaseGaveUpForAnotherIsRefusedAsBusy() {
        for (String state : new String[]{"40XL1", "40001", "40P01"}) {
            Refused refused = Refused.in(wrapped(new SQLTransactionRollbackException("lock", state))).orElseThrow();
            assertEquals("error.busy", refused.messageKey(), state);
            assertEquals(503, refused.status(), state);
        }
    }

    @Test
    void otherDatabaseFailuresStayErrors() {
        assertTrue(Refused.in(wrapped(new SQLException("duplicate key", "23505"))).isEmpty());
        assertTrue(Refused.in(wrapped(new SQLException("no state"))).isEmpty());
        assertTrue(Refused.in(wrapped(new SQLTransactionRollbackException("completion unknown", "40003"))).isEmpty(),
                "40003 may have saved: not 'send it again'");
        assertTrue(Refused.in(wrapped(new SQLTransactionRollbackException("storage", "40XD0"))).isEmpty());
        assertTrue(Refused.in(new FacesException(new IllegalStateException("bug"))).isEmpty());
    }
}
