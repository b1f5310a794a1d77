package exits

// main here is not main.main: the package is not main.
