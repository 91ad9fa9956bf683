package org.tryon.licensing.itembank.application;

import java.util.List;
import org.tryon.licensing.itembank.domain.ItemContent;

/**
 * Write an item (a new item, or an edit making its next version): the certificate type and code (a new item only; a
 * blank code is numbered), the stem, the options in order (A, B, C, D, ...), the key (the correct option's label),
 * the content area, the reference, and the author (blank: the signed-in user).
 */
public record WriteItem(
        String certificateType,
        String code,
        String stem,
        List<String> options,
        String key,
        String contentArea,
        String reference,
        String author) {

    ItemContent content(String defaultAuthor) {
        return new ItemContent(
                stem,
                options,
                key,
                contentArea,
                reference,
                author == null || author.isBlank() ? defaultAuthor : author);
    }
}
