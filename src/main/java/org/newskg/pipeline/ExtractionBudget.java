package org.newskg.pipeline;

import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Bounds the heap that extraction may take at once, instead of catching OutOfMemoryError (which can
 * strike any thread, a writer's included, and leave the JVM in no state to go on). Extraction costs
 * heap in proportion to the text: about {@value #HEAP_BYTES_PER_CHAR} bytes a character on plain prose
 * (8 M characters took about 1 GB). Each article reserves its estimate before it is extracted, so the
 * worker threads together stay within the budget; an article whose estimate exceeds the whole budget
 * is refused before any work, with the figures.
 */
final class ExtractionBudget {
    /** Heap per character of article text during extraction, measured on plain prose. */
    static final long HEAP_BYTES_PER_CHAR = 128;
    /** The budget is counted in KB so that a semaphore's int permits cover any heap. */
    private static final long UNIT = 1024;

    private final long budgetBytes;
    private final Semaphore permits;

    /** A budget of this many bytes of heap. */
    ExtractionBudget(long budgetBytes) {
        this.budgetBytes = budgetBytes;
        this.permits = new Semaphore((int) Math.min(Integer.MAX_VALUE, budgetBytes / UNIT), true);
    }

    /** The heap this JVM may use (-Xmx): what is left for extraction, since the rest is small beside it. */
    static ExtractionBudget ofHeap() {
        return new ExtractionBudget(Runtime.getRuntime().maxMemory());
    }

    /** The estimated heap to extract a text of this many characters. */
    static long estimate(int chars) {
        return chars * HEAP_BYTES_PER_CHAR;
    }

    /** Why a text of this many characters is not extracted, or null when it fits the budget. */
    String refusal(int chars) {
        long need = estimate(chars);
        if (need <= budgetBytes) return null;
        return String.format(Locale.ROOT, "too large to extract in this heap (%,d K characters need about %,d MB, the heap allows %,d MB); "
                + "lower --max-bytes or raise the heap (java -Xmx)", chars / 1024, need >> 20, budgetBytes >> 20);
    }

    /** Runs {@code work} once the estimate for {@code chars} characters is free; the caller has checked {@link #refusal}. */
    <T> T run(int chars, Supplier<T> work) {
        int units = (int) Math.max(1, Math.min(Integer.MAX_VALUE, estimate(chars) / UNIT));
        units = Math.min(units, (int) Math.min(Integer.MAX_VALUE, budgetBytes / UNIT));
        permits.acquireUninterruptibly(units);
        try {
            return work.get();
        } finally {
            permits.release(units);
        }
    }
}
