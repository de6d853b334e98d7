package org.duban.item;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last item number given in a year. One row per year; the row lock is what keeps the numbers gap-free. */
@Entity
@Table(name = "ITEM_NUMBER_COUNTER")
public class ItemNumberCounter {

    @Id
    @Column(name = "NUMBER_YEAR")
    private int year;

    @Column(name = "LAST_NUMBER", nullable = false)
    private int lastNumber;

    protected ItemNumberCounter() {
    }

    public ItemNumberCounter(int year) {
        this.year = year;
    }

    public int getYear() {
        return year;
    }

    public int getLastNumber() {
        return lastNumber;
    }
}
