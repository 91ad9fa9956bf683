package org.tryon.platform.audit.chain;

import java.util.List;
import java.util.Optional;

/**
 * The records of one chain, as the module that owns them reads them from the database, never from memory (so the
 * content chained when a record is written and the content rebuilt when it is verified come from the same code and the
 * same columns). Implemented by one CDI bean per chain in the owning module.
 */
public interface ChainSource {

    /** The chain's name, stable forever: {@code ledger}, {@code exam-results}. */
    String chain();

    /** What the chain holds, in plain words: "Ledger postings". */
    String title();

    /** The record of that id as it stands now, if there is one. */
    Optional<ChainedRecord> record(long id);

    /** At most {@code max} records with an id above {@code afterId}, by id. */
    List<ChainedRecord> records(long afterId, int max);
}
