package org.tryon.benchmark;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** Runs work items on a fixed number of client threads, each taking the next item when done with one (a closed workload). */
final class Parallel {

    private Parallel() {}

    /**
     * Does {@code work} for each of {@code items} on {@code clients} threads; returns when all are done.
     * A work item that throws is handed to {@code onFailure} with its exception, and the others go on.
     */
    static <T> void run(
            int clients,
            List<T> items,
            Consumer<T> work,
            java.util.function.BiConsumer<T, RuntimeException> onFailure) {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(clients, items.size())), r -> {
            Thread t = new Thread(r, "benchmark-client");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> workers = new java.util.ArrayList<>();
            for (int c = 0; c < Math.max(1, Math.min(clients, items.size())); c++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) {
                        T item = items.get(i);
                        try {
                            work.accept(item);
                        } catch (RuntimeException e) {
                            onFailure.accept(item, e);
                        }
                    }
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchmarkException("Interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new BenchmarkException("A client thread failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
