package org.duban.archive;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last 件号 given in a class (全宗·门类·年度·保管期限·机构); its row lock keeps the pieces gap-free. */
@Entity
@Table(name = "DOSSIER_COUNTER")
public class DossierCounter {

    @Id
    @Column(name = "CLASS_PREFIX", length = 50)
    private String classPrefix;

    @Column(name = "LAST_PIECE", nullable = false)
    private int lastPiece;

    protected DossierCounter() {
    }

    public DossierCounter(String classPrefix) {
        this.classPrefix = classPrefix;
    }

    public String getClassPrefix() {
        return classPrefix;
    }

    public int getLastPiece() {
        return lastPiece;
    }
}
