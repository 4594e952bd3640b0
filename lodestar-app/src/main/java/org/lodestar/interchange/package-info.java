/**
 * Interchange: Microsoft Project and Primavera P6 files. Reads every format MPXJ reads into an import model
 * ({@link org.lodestar.interchange.ImportedProject}), maps it onto the engine's scheduling input and compares the
 * engine's dates with the dates the file was saved with. MPXJ is used here and nowhere else (ModularityTests).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Interchange")
package org.lodestar.interchange;
