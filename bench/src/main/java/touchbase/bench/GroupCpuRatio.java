package touchbase.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * The group benchmark's two operations run alternately in one thread after a warm-up, each timed by
 * the thread's CPU time (which waiting for a core shared with other processes does not add to) and by
 * the wall clock: the median CPU ratio and the best wall ratio of the same run. Usage:
 * {@code bench/run.sh --group-cpu [repetitions]} (see run.sh).
 */
public final class GroupCpuRatio {

    private static volatile long sink;

    private GroupCpuRatio() {
    }

    public static void main(String[] args) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        System.out.println("meetings-a-day  plan-cpu-median-ms  floor-cpu-median-ms  cpu-ratio  plan-best-ms  floor-best-ms  best-ratio");
        for (int meetingsADay : new int[] {10, 4}) {
            GroupPlannerBenchmark bench = new GroupPlannerBenchmark();
            bench.meetingsADay = meetingsADay;
            bench.calendars();
            for (int i = 0; i < 3000; i++) {
                sink += System.identityHashCode(bench.planGroup()) + bench.mergeFloor();
            }
            long[][] times = new long[4][repetitions];
            for (int i = 0; i < repetitions; i++) {
                long cpu0 = threads.getCurrentThreadCpuTime();
                long wall0 = System.nanoTime();
                sink += System.identityHashCode(bench.planGroup());
                long cpu1 = threads.getCurrentThreadCpuTime();
                long wall1 = System.nanoTime();
                sink += bench.mergeFloor();
                times[0][i] = cpu1 - cpu0;
                times[1][i] = threads.getCurrentThreadCpuTime() - cpu1;
                times[2][i] = wall1 - wall0;
                times[3][i] = System.nanoTime() - wall1;
            }
            Arrays.stream(times).forEach(Arrays::sort);
            int median = repetitions / 2;
            System.out.printf("%14d  %18.3f  %19.3f  %9.2f  %12.3f  %13.3f  %10.2f%n", meetingsADay,
                    times[0][median] / 1e6, times[1][median] / 1e6, (double) times[0][median] / times[1][median],
                    times[2][0] / 1e6, times[3][0] / 1e6, (double) times[2][0] / times[3][0]);
        }
    }
}
