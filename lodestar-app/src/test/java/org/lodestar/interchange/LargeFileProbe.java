package org.lodestar.interchange;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.lodestar.planning.PlanCommand;

/**
 * Run in a child JVM with a heap cap by {@link LargeFileImportMemoryTests}: reads a project file the way an import
 * does (guard, MPXJ, Lodestar's model) and maps it to the plan command planning is given, then prints the tasks and
 * the peak heap in MB. The write itself is planning's, measured apart.
 */
final class LargeFileProbe {

    private LargeFileProbe() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        PlanImportReader.ImportFile read = new PlanImportReader(Long.parseLong(args[1])).read(file, file.getFileName().toString());
        ImportedProject project = read.projects().get(0);
        PlanCommand command = new PlanImportMapping(project, 480).command(List.of(), List.of(), Map.of(), 1, "probe",
                true, null);
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        System.out.println("tasks " + command.tasks().size() + " links " + command.dependencies().size()
                + " peak-heap-mb " + peak / (1024 * 1024));
    }
}
