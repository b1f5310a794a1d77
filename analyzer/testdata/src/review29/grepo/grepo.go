package grepo

import (
	"os"

	"review29/gbase"
)

func Open(p string) (gbase.Iter, error) { // want Open:`r0 is \*review29/gbase\.strIter`
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	return gbase.New(f), nil
}

func OpenLeaky(p string) (gbase.Iter, error) { // want OpenLeaky:`r0 is \*review29/gbase\.leaky`
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	g, err := os.Open(p + "g")
	if err != nil {
		f.Close()
		return nil, err
	}
	return gbase.NewLeaky(f, g), nil
}
