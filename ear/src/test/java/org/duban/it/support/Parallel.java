package org.duban.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.duban.item.DraftInput;
import org.duban.item.ItemNumber;
import org.duban.item.ItemWorkflow;
import org.duban.item.SupervisionItem;
import org.duban.shared.ConcurrentChangeException;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Test only: runs two use cases at the same moment, each in its own transaction, with the caller's identity
 * (asynchronous EJB calls carry it). A barrier makes both start before either finishes.
 */
@Stateless
@PermitAll
public class Parallel {

    private static final Map<String, CyclicBarrier> GATES = new ConcurrentHashMap<>();

    @PersistenceContext
    private EntityManager em;

    @EJB
    private ItemWorkflow workflow;

    public record Gate(String id) {
    }

    public Gate gate(int parties) {
        String id = UUID.randomUUID().toString();
        GATES.put(id, new CyclicBarrier(parties));
        return new Gate(id);
    }

    @Asynchronous
    public Future<ItemNumber> approve(String gate, long itemId) {
        await(gate);
        return new AsyncResult<>(workflow.approve(itemId, null, "同意"));
    }

    @Asynchronous
    public Future<Long> archive(String gate, long itemId) {
        await(gate);
        return new AsyncResult<>(workflow.archive(itemId, null, null, null));
    }

    @EJB
    private org.duban.deadline.DeadlineScan scan;

    @Asynchronous
    public Future<org.duban.deadline.DeadlineScan.Result> scan(String gate) {
        await(gate);
        return new AsyncResult<>(scan.scan());
    }

    /** Loads the item, waits for the other caller to have loaded it too, then saves: one of the two must lose. */
    @Asynchronous
    public Future<String> edit(String gate, long itemId, int version, DraftInput input) {
        em.find(SupervisionItem.class, itemId);
        await(gate);
        try {
            workflow.edit(itemId, version, input);
            return new AsyncResult<>("saved");
        } catch (ConcurrentChangeException e) {
            return new AsyncResult<>(e.getMessageKey());
        }
    }

    private static void await(String gate) {
        try {
            GATES.get(gate).await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
