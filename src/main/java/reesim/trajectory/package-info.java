/**
 * The trajectories table of a sweep: chosen annual series of every run in one tidy long table (one row per run,
 * year, element and metric), stored as a folder of Parquet part files or as one CSV file. Written by
 * {@code reesim.experiment}, read by it (resume, merge) and by {@code reesim.report} (the fan charts).
 */
package reesim.trajectory;
