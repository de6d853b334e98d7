package org.duban.web.item;

import jakarta.servlet.http.Part;
import org.duban.history.NewFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Turns uploaded parts into files for the services, which check their content. */
final class Uploads {

    private Uploads() {
    }

    static List<NewFile> of(List<Part> parts) {
        List<NewFile> files = new ArrayList<>();
        if (parts == null) {
            return files;
        }
        for (Part part : parts) {
            if (part == null || part.getSize() == 0 || part.getSubmittedFileName() == null
                    || part.getSubmittedFileName().isBlank()) {
                continue;
            }
            try (InputStream in = part.getInputStream()) {
                files.add(new NewFile(part.getSubmittedFileName(), part.getContentType(), in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }
}
