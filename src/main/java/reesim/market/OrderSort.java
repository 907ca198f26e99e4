package reesim.market;

import ec.util.MersenneTwisterFast;

import java.util.Arrays;

/**
 * Sorts an order {@link Book} by (limit, tie-break), ascending or with the limit descending, into
 * exactly the order a stable {@code List.sort} with
 * {@code Comparator.comparingDouble(limit).thenComparingDouble(tieBreak)} gives ({@link Double#compare}
 * order on both keys; orders equal on both keep their posting order), in time linear in the book:
 * <ol>
 * <li>most orders share their limit with others (tranches clipped at a participant's bound, equal
 * reference prices), so the orders are grouped by limit with a hash table and only the distinct
 * limits are sorted;</li>
 * <li>the orders are placed group by group in posting order (a stable counting sort);</li>
 * <li>within a group, the tie-break keys are uniform random numbers: a bucket sort by value with
 * an insertion sort per bucket orders them in expected linear time (merge sort if a bucket is
 * unexpectedly large, or for non-finite keys).</li>
 * </ol>
 * Books of up to {@value #SMALL_BOOK} orders are insertion sorted on both keys directly. Scratch
 * arrays are kept from one clearing to the next. One instance per market (not thread-safe).
 */
final class OrderSort {
    private static final int SMALL = 24;
    /** Up to this many orders, a plain insertion sort on both keys beats grouping. */
    private static final int SMALL_BOOK = 32;

    private long[] k1 = new long[0];       // limit key per posted order
    private long[] k2 = new long[0];       // tie-break key per posted order
    private double[] tie;                  // tie-break value per posted order (the book's column)
    private int[] group = new int[0];      // group id per posted order
    private int[] out;                     // posted positions in sorted order (the book's column)
    private int[] tmp = new int[0];
    private long[] distinct = new long[0]; // limit key per group id
    private long[] sortedKeys = new long[0];
    private int[] groupSize = new int[0];  // orders per group id
    private int[] byRank = new int[0];     // group ids in limit order
    private int[] start = new int[0];      // next output position per group id
    private int[] count = new int[0];      // orders per group, in limit order
    private long[] table = new long[0];    // open addressing: limit key per slot
    private int[] slot = new int[0];       // group id + 1 per slot, 0 = empty
    private int[] bucketScratch = new int[0];

    /**
     * Sorts the book into {@link Book#sorted}: by limit (highest first if {@code descending}), then
     * tie-break. With a {@code random} stream, first draws each order's tie-break from it, in
     * posting order. Zeroes every order's fill; returns the orders' quantity summed in sorted order.
     */
    double sort(Book book, boolean descending, MersenneTwisterFast random) {
        int n = book.size;
        tie = book.tieBreak;
        out = book.sorted;
        double[] limit = book.limit;
        if (random != null) for (int i = 0; i < n; i++) tie[i] = random.nextDouble();
        if (n >= 2) {
            ensure(n);
            for (int i = 0; i < n; i++) {
                k1[i] = key(descending ? -limit[i] : limit[i]);
                k2[i] = key(tie[i]);
            }
            if (n <= SMALL_BOOK) {
                for (int i = 0; i < n; i++) out[i] = i;
                insertionSortByBothKeys(n);
            } else {
                int groups = groupByLimit(n);
                placeGroups(n, groups, tableSize(n));
                for (int g = 0, s = 0; g < groups; g++) {
                    int size = count[g];
                    if (size > 1) sortByTie(s, s + size);
                    s += size;
                }
            }
        } else if (n == 1) {
            out[0] = 0;
        }
        double[] quantity = book.quantity, filled = book.filled;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            int p = out[i];
            filled[p] = 0;
            sum += quantity[p];
        }
        tie = null;
        out = null;
        return sum;
    }

    /** A long whose signed order is the order of {@link Double#compare} (-0.0 before 0.0, NaN last). */
    static long key(double d) {
        long bits = Double.doubleToLongBits(d);
        return bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }

    /** Assigns each order the id of its limit's group (ids in order of first appearance); returns the group count. */
    private int groupByLimit(int n) {
        int cap = tableSize(n), mask = cap - 1;
        Arrays.fill(slot, 0, cap, 0);
        int groups = 0;
        for (int i = 0; i < n; i++) {
            long k = k1[i];
            int h = (int) (mix(k) & mask);
            while (true) {
                int id = slot[h];
                if (id == 0) {
                    slot[h] = groups + 1;
                    table[h] = k;
                    distinct[groups] = k;
                    groupSize[groups] = 1;
                    group[i] = groups++;
                    break;
                }
                if (table[h] == k) {
                    group[i] = id - 1;
                    groupSize[id - 1]++;
                    break;
                }
                h = (h + 1) & mask;
            }
        }
        return groups;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        return z ^ (z >>> 29);
    }

    /** Stable counting sort of the posted positions by the rank of their group's limit. */
    private void placeGroups(int n, int groups, int tableSize) {
        if (groups <= SMALL) {
            // few distinct limits: insertion sort of the group ids by limit key (keys are distinct)
            for (int g = 0; g < groups; g++) {
                long k = distinct[g];
                int r = g - 1;
                while (r >= 0 && distinct[byRank[r]] > k) { byRank[r + 1] = byRank[r]; r--; }
                byRank[r + 1] = g;
            }
        } else {
            System.arraycopy(distinct, 0, sortedKeys, 0, groups);
            Arrays.sort(sortedKeys, 0, groups);
            for (int r = 0; r < groups; r++) byRank[r] = groupOf(sortedKeys[r], tableSize);
        }
        for (int r = 0, s = 0; r < groups; r++) {
            int g = byRank[r];
            count[r] = groupSize[g];
            start[g] = s;
            s += groupSize[g];
        }
        for (int i = 0; i < n; i++) out[start[group[i]]++] = i;
        // count[] holds the sizes of the runs of equal limit, in sorted order
    }

    /** The id of the group of a limit key present in the hash table. */
    private int groupOf(long k, int tableSize) {
        int mask = tableSize - 1;
        int h = (int) (mix(k) & mask);
        while (table[h] != k || slot[h] == 0) h = (h + 1) & mask;
        return slot[h] - 1;
    }

    /** Orders out[from, to), all of one limit, by tie-break key, keeping posting order among equals. */
    private void sortByTie(int from, int to) {
        int size = to - from;
        if (size <= SMALL) { insertionSort(from, to); return; }
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (int i = from; i < to; i++) {
            double t = tie[out[i]];
            if (!Double.isFinite(t)) { mergeSort(from, to); return; }   // NaN and infinities do not bucket
            if (t < min) min = t;
            if (t > max) max = t;
        }
        if (min == max && key(min) == key(max)) return;   // one key: posting order stands
        // bucket index is a non-decreasing function of the value, so buckets come out in key order
        double scale = size / (max - min);
        if (!Double.isFinite(scale)) { mergeSort(from, to); return; }
        int[] bucketCount = bucketCounts(size);
        for (int i = from; i < to; i++) bucketCount[bucket(tie[out[i]], min, scale, size)]++;
        for (int b = 0, s = 0; b < size; b++) { int c = bucketCount[b]; bucketCount[b] = s; s += c; }
        for (int i = from; i < to; i++) {
            int p = out[i];
            tmp[from + bucketCount[bucket(tie[p], min, scale, size)]++] = p;
        }
        System.arraycopy(tmp, from, out, from, size);
        for (int b = 0, s = from; b < size; b++) {
            int e = from + bucketCount[b];
            if (e - s > 1) {
                if (e - s <= 4 * SMALL) insertionSort(s, e); else mergeSort(s, e);
            }
            s = e;
        }
    }

    private static int bucket(double t, double min, double scale, int size) {
        int b = (int) ((t - min) * scale);
        return b < 0 ? 0 : b >= size ? size - 1 : b;
    }

    private int[] bucketCounts(int size) {
        if (bucketScratch.length < size) bucketScratch = new int[Math.max(size, 2 * bucketScratch.length)];
        Arrays.fill(bucketScratch, 0, size, 0);
        return bucketScratch;
    }

    /** Small books: stable insertion sort of all positions by (limit key, tie-break key). */
    private void insertionSortByBothKeys(int n) {
        for (int i = 1; i < n; i++) {
            int p = out[i];
            long x1 = k1[p], x2 = k2[p];
            int j = i - 1;
            while (j >= 0) {
                int q = out[j];
                if (x1 < k1[q] || x1 == k1[q] && x2 < k2[q]) { out[j + 1] = q; j--; }
                else break;
            }
            out[j + 1] = p;
        }
    }

    /** Stable insertion sort of out[from, to) by tie-break key. */
    private void insertionSort(int from, int to) {
        for (int i = from + 1; i < to; i++) {
            int p = out[i];
            long x = k2[p];
            int j = i - 1;
            while (j >= from && x < k2[out[j]]) {
                out[j + 1] = out[j];
                j--;
            }
            out[j + 1] = p;
        }
    }

    /** Stable merge sort of out[from, to) by tie-break key. */
    private void mergeSort(int from, int to) {
        if (to - from <= SMALL) { insertionSort(from, to); return; }
        int mid = (from + to) >>> 1;
        mergeSort(from, mid);
        mergeSort(mid, to);
        if (k2[out[mid - 1]] <= k2[out[mid]]) return;
        System.arraycopy(out, from, tmp, from, to - from);
        int i = from, j = mid, k = from;
        while (i < mid && j < to) out[k++] = k2[tmp[j]] < k2[tmp[i]] ? tmp[j++] : tmp[i++];
        while (i < mid) out[k++] = tmp[i++];
        while (j < to) out[k++] = tmp[j++];
    }

    private void ensure(int n) {
        if (k1.length < n) {
            int cap = Math.max(n, 2 * k1.length);
            k1 = new long[cap]; k2 = new long[cap];
            group = new int[cap]; tmp = new int[cap];
            distinct = new long[cap]; sortedKeys = new long[cap];
            count = new int[cap]; start = new int[cap]; byRank = new int[cap]; groupSize = new int[cap];
        }
        if (table.length < tableSize(n)) {
            table = new long[tableSize(n)];
            slot = new int[tableSize(n)];
        }
    }

    /** A power of two at least twice n: the hash table stays at most half full. */
    private static int tableSize(int n) {
        return Integer.highestOneBit(Math.max(8, n - 1)) << 2;
    }
}
