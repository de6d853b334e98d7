package org.duban.archive;

import org.duban.item.Category;
import org.duban.organization.Unit;
import org.duban.shared.Require;

import java.time.LocalDate;

/**
 * What GB/T 18894 asks of every filed record: 题名, 文件编号, 责任者, 日期, 机构 and 密级 (保管期限 is in the number).
 * Each is required; a dossier without one is refused at filing and reported by the integrity check.
 */
public record DossierMetadata(String title, String documentNumber, String responsible, LocalDate date,
                              String organization, Category category, Unit unit, Secrecy secrecy) {

    public DossierMetadata {
        title = Require.text(title, "error.dossier.title");
        documentNumber = Require.text(documentNumber, "error.dossier.documentNumber");
        responsible = Require.text(responsible, "error.dossier.responsible");
        Require.present(date, "error.dossier.date");
        organization = Require.text(organization, "error.dossier.organization");
        Require.present(category, "error.dossier.category");
        Require.present(secrecy, "error.dossier.secrecy");
    }
}
