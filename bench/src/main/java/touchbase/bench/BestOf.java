package touchbase.bench;

import touchbase.planning.Plan;

/**
 * A contention-proof companion to the JMH run: the best (minimum) time of many repetitions of the
 * same two operations, which other processes on a busy machine can only slow down, never speed up.
 * Usage: {@code bench/run.sh --best-of} (see run.sh).
 */
public final class BestOf {

    private BestOf() {
    }

    public static void main(String[] args) {
        System.out.println("colleagues  plan-best-ms  floor-best-ms  ratio  placed");
        for (int colleagues : new int[] {20, 200, 2000}) {
            PlannerBenchmark bench = new PlannerBenchmark();
            bench.colleagues = colleagues;
            bench.calendars();
            int repetitions = colleagues == 2000 ? 12 : colleagues == 200 ? 60 : 300;
            long bestPlan = Long.MAX_VALUE;
            long bestFloor = Long.MAX_VALUE;
            Plan plan = null;
            for (int i = 0; i < repetitions; i++) {
                long start = System.nanoTime();
                plan = bench.plan();
                long middle = System.nanoTime();
                bench.mergeFloor();
                long end = System.nanoTime();
                bestPlan = Math.min(bestPlan, middle - start);
                bestFloor = Math.min(bestFloor, end - middle);
            }
            long placed = plan.proposals().stream().filter(p -> p.isPlaced()).count();
            System.out.printf("%10d  %12.1f  %13.1f  %5.1f  %d/%d%n", colleagues, bestPlan / 1e6, bestFloor / 1e6,
                    (double) bestPlan / bestFloor, placed, colleagues);
        }
        groupOfEight(10);
        groupOfEight(4);
    }

    /** The group benchmark's two operations, best of many repetitions. */
    private static void groupOfEight(int meetingsADay) {
        GroupPlannerBenchmark bench = new GroupPlannerBenchmark();
        bench.meetingsADay = meetingsADay;
        bench.calendars();
        long bestPlan = Long.MAX_VALUE;
        long bestFloor = Long.MAX_VALUE;
        boolean placed = false;
        for (int i = 0; i < 300; i++) {
            long start = System.nanoTime();
            placed = bench.planGroup().isPlaced();
            long middle = System.nanoTime();
            bench.mergeFloor();
            long end = System.nanoTime();
            bestPlan = Math.min(bestPlan, middle - start);
            bestFloor = Math.min(bestFloor, end - middle);
        }
        System.out.printf("group of %d, %d meetings a day  %8.2f  %13.2f  %5.1f  %s%n", GroupPlannerBenchmark.MEMBERS,
                meetingsADay, bestPlan / 1e6, bestFloor / 1e6, (double) bestPlan / bestFloor,
                placed ? "placed" : "not placed");
    }
}
