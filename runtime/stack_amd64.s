#include "textflag.h"

// func framePointer() unsafe.Pointer
//
// NOFRAME keeps BP as the caller left it: the result is the frame pointer
// of the Go function that calls framePointer.
TEXT ·framePointer(SB),NOSPLIT|NOFRAME,$0-8
	MOVQ BP, ret+0(FP)
	RET
