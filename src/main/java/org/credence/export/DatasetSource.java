package org.credence.export;

/** Who published documents in the dataset, as far as their files tell. */
record DatasetSource(String name, int documents) {
}
