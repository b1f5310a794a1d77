package runtime

import (
	"bufio"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"net/netip"
	"os"
	"slices"
	"strconv"
	"strings"
)

// descriptorsSupported reports whether listDescriptors can list the
// process's descriptors.
const descriptorsSupported = true

// listDescriptors returns the process's open descriptors, by number.
func listDescriptors() ([]descriptor, error) {
	// ReadDir closes the directory before the links are read, so its own
	// descriptor's link is gone and it does not list itself.
	entries, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		return nil, fmt.Errorf("runtime: listing descriptors: %w", err)
	}
	ds := make([]descriptor, 0, len(entries))
	for _, e := range entries {
		fd, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		target, err := os.Readlink("/proc/self/fd/" + e.Name())
		if err != nil {
			continue // closed since it was listed
		}
		ds = append(ds, descriptor{fd: fd, target: target})
	}
	slices.SortFunc(ds, func(a, b descriptor) int { return a.fd - b.fd })
	return ds, nil
}

// statDescriptor returns the file that descriptor fd has open.
func statDescriptor(fd int) (os.FileInfo, error) {
	return os.Stat("/proc/self/fd/" + strconv.Itoa(fd))
}

// describeDescriptors says what each descriptor is: a file's path, a
// socket's network and addresses from /proc/self/net, a pipe and its
// end. The socket tables are read only if there is a socket to name.
func describeDescriptors(ds []descriptor) []string {
	var sockets map[string]string // by inode
	names := make([]string, len(ds))
	for i, d := range ds {
		names[i] = d.target
		switch d.kind() {
		case KindFDSocket:
			if sockets == nil {
				sockets = readSockets()
			}
			inode := strings.TrimSuffix(strings.TrimPrefix(d.target, "socket:["), "]")
			if s, ok := sockets[inode]; ok {
				names[i] = s
			}
		case KindFDPipe:
			names[i] += pipeEnd(d.fd)
		}
	}
	return names
}

// pipeEnd says which end of a pipe descriptor fd is, from the access
// mode in its /proc/self/fdinfo entry.
func pipeEnd(fd int) string {
	data, err := os.ReadFile("/proc/self/fdinfo/" + strconv.Itoa(fd))
	if err != nil {
		return ""
	}
	for line := range strings.Lines(string(data)) {
		if v, ok := strings.CutPrefix(line, "flags:"); ok {
			flags, err := strconv.ParseUint(strings.TrimSpace(v), 8, 64)
			if err != nil {
				return ""
			}
			if flags&3 == 0 { // O_RDONLY
				return " (read end)"
			}
			return " (write end)"
		}
	}
	return ""
}

// readSockets names the sockets of the process's network namespace by
// inode. A table that cannot be read (no IPv6, say) names nothing.
func readSockets() map[string]string {
	sockets := map[string]string{}
	for _, network := range []string{"tcp", "tcp6", "udp", "udp6"} {
		readTable("/proc/self/net/"+network, func(fields []string) {
			if len(fields) > 9 {
				if name, ok := inetSocket(network, fields); ok {
					sockets[fields[9]] = name
				}
			}
		})
	}
	readTable("/proc/self/net/unix", func(fields []string) {
		if len(fields) > 6 {
			sockets[fields[6]] = unixSocket(fields)
		}
	})
	return sockets
}

// readTable calls row with the fields of each line of a /proc/net table
// after its header.
func readTable(path string, row func(fields []string)) {
	f, err := os.Open(path)
	if err != nil {
		return
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Scan() // the header
	for sc.Scan() {
		row(strings.Fields(sc.Text()))
	}
}

// inetSocket names a socket from its row in /proc/net/tcp, tcp6, udp or
// udp6: "tcp 127.0.0.1:40312 -> 127.0.0.1:8080", with the TCP state when
// it is not ESTABLISHED, and no remote address when there is none.
func inetSocket(network string, fields []string) (string, bool) {
	local, ok1 := procAddr(fields[1])
	remote, ok2 := procAddr(fields[2])
	if !ok1 || !ok2 {
		return "", false
	}
	name := strings.TrimSuffix(network, "6") + " " + local.String()
	if remote.Port() != 0 || !remote.Addr().IsUnspecified() {
		name += " -> " + remote.String()
	}
	if state := tcpState(fields[3]); strings.HasPrefix(network, "tcp") && state != "ESTABLISHED" {
		name += " (" + state + ")"
	}
	return name, true
}

// procAddr parses an address of /proc/net/tcp: the IP address in hex as
// 32-bit words in host byte order, a colon, the port in hex.
func procAddr(s string) (netip.AddrPort, bool) {
	ipHex, portHex, ok := strings.Cut(s, ":")
	raw, err := hex.DecodeString(ipHex)
	port, perr := strconv.ParseUint(portHex, 16, 16)
	if !ok || err != nil || perr != nil || (len(raw) != 4 && len(raw) != 16) {
		return netip.AddrPort{}, false
	}
	for i := 0; i < len(raw); i += 4 {
		// hex gave the word's bytes as printed, most significant first.
		binary.NativeEndian.PutUint32(raw[i:], binary.BigEndian.Uint32(raw[i:]))
	}
	ip, _ := netip.AddrFromSlice(raw)
	return netip.AddrPortFrom(ip.Unmap(), uint16(port)), true
}

// tcpState names the state column of /proc/net/tcp as netstat does.
func tcpState(hexState string) string {
	states := [...]string{1: "ESTABLISHED", "SYN_SENT", "SYN_RECV", "FIN_WAIT1", "FIN_WAIT2",
		"TIME_WAIT", "CLOSE", "CLOSE_WAIT", "LAST_ACK", "LISTEN", "CLOSING"}
	n, err := strconv.ParseUint(hexState, 16, 8)
	if err != nil || n == 0 || n >= uint64(len(states)) {
		return "state " + hexState
	}
	return states[n]
}

// unixSocket names a socket from its row in /proc/net/unix: its network
// as Go names it, its path if it has one and whether it listens.
func unixSocket(fields []string) string {
	name := "unix"
	switch fields[4] {
	case "0002":
		name = "unixgram"
	case "0005":
		name = "unixpacket"
	}
	if len(fields) > 7 {
		name += " " + strings.Join(fields[7:], " ")
	}
	if flags, err := strconv.ParseUint(fields[3], 16, 32); err == nil && flags&0x10000 != 0 { // __SO_ACCEPTCON
		name += " (LISTEN)"
	}
	return name
}
