package main

import (
	"fmt"
	"os"
)

// main is fine: returning from main.main exits the process, which closes f.
func main() {
	f, err := os.Open("config")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(f.Name())
}

// helper is not main.main.
func helper() {
	f, err := os.Open("config") // want `f returned by os.Open is not closed before the end of the function at line 25`
	if err != nil {
		return
	}
	fmt.Println(f.Name())
}
