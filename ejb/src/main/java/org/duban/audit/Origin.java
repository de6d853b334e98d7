package org.duban.audit;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the current request comes from, as the web layer saw it, and whether a refusal of it was already recorded
 * (a refused service call and the 403 page it leads to are one refusal). Empty for timers and background jobs.
 */
@RequestScoped
public class Origin {

    private String address;
    private boolean refusalRecorded;

    public String address() {
        return address;
    }

    public void from(String address) {
        this.address = address;
    }

    public boolean refusalRecorded() {
        return refusalRecorded;
    }

    void markRefusalRecorded() {
        this.refusalRecorded = true;
    }
}
