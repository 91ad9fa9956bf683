package org.tryon.platform.persistence;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

/**
 * MariaDB's full-text search for criteria queries: {@code tryon_words(column, query)} renders
 * {@code match(column) against(query in boolean mode)}, the relevance of a row (greater than 0 when it matches), on a
 * column with a FULLTEXT index. Hibernate finds this contributor through {@code META-INF/services}; lists use it through
 * {@link org.tryon.platform.lists.Paths#words}.
 */
public final class FullTextFunctions implements FunctionContributor {

    /** The function's name in criteria and HQL. */
    public static final String WORDS = "tryon_words";

    @Override
    public void contributeFunctions(FunctionContributions contributions) {
        contributions
                .getFunctionRegistry()
                .registerPattern(
                        WORDS,
                        "match(?1) against(?2 in boolean mode)",
                        contributions
                                .getTypeConfiguration()
                                .getBasicTypeRegistry()
                                .resolve(StandardBasicTypes.DOUBLE));
    }
}
