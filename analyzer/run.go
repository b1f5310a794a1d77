package analyzer

import "golang.org/x/tools/go/analysis"

func run(pass *analysis.Pass, c *config) (any, error) { return nil, nil }
