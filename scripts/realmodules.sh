#!/usr/bin/env bash
# realmodules.sh runs leakvet over a pinned corpus of real third-party Go
# modules, to measure its precision on code it was not written against.
#
#   scripts/realmodules.sh [DIR]
#
# It (re)creates a scratch module in DIR (default
# ${TMPDIR:-/tmp}/leakvet-realmodules), `go get`s every package of each
# module in the list below at its exact version (only the Go module proxy is
# needed), checks that minimal version selection kept every pinned version,
# and runs leakvet with -test=false -json over all their non-test packages
# (patterns such as github.com/lib/pq/...). It writes into DIR:
#
#   findings.txt  one primary diagnostic a line, `file:line:col: message`,
#                 with the file relative to the module cache
#                 (module@version/path), sorted; related information (the
#                 list of leaking returns) is dropped
#   errors.txt    package load and type errors, and analysis errors, sorted
#                 (a package that does not build is skipped, the run goes on)
#   summary.txt   packages analysed and findings per module, wall time and
#                 maximum RSS of the leakvet run (also printed)
#   timing.txt    the full /usr/bin/time -v report (when /usr/bin/time exists)
#   leakvet.json  leakvet's raw -json output
#
# Two runs with the same Go version and leakvet binary give the same
# findings.txt, so two leakvet builds are compared with diff.
#
# Environment:
#   LEAKVET        leakvet binary to run (default: built from this checkout
#                  into a temporary directory)
#   LEAKVET_FLAGS  extra flags for leakvet, split on spaces
#   OUT            findings file (default DIR/findings.txt)
#   LEAKVET_CACHE  leakvet's cache (see the README); off to time a run
#                  that analyzes every package
#   MODULE_SET     corpus (the default), or heldout1 to heldout47:
#                  the modules outside the corpus of the README's
#                  precision section
#
# The corpus is 22 modules, 403 packages. On a 2-core machine the leakvet
# run takes about 35 s of CPU time and peaks at about 1.5 GiB of RSS with
# LEAKVET_CACHE=off, and a second or two when leakvet's cache already holds
# every package (scripts/bench.sh measures both); the first `go get`
# downloads about 150 modules.
set -euo pipefail

# The corpus: module path and exact version, one per line. The versions are
# served by the Go module proxy and build with Go 1.26.
modules=(
	"github.com/lib/pq v1.12.3"
	"github.com/go-sql-driver/mysql v1.10.1"
	"github.com/jackc/pgx/v5 v5.12.0"
	"github.com/gorilla/websocket v1.5.3"
	"github.com/gin-gonic/gin v1.12.0"
	"github.com/go-resty/resty/v2 v2.17.2"
	"github.com/minio/minio-go/v7 v7.4.1"
	"github.com/nats-io/nats.go v1.55.0"
	"github.com/prometheus/client_golang v1.25.0"
	"github.com/spf13/afero v1.15.0"
	"github.com/pkg/sftp v1.13.12"
	"github.com/redis/go-redis/v9 v9.23.0"
	"github.com/hashicorp/go-retryablehttp v0.7.8"
	"github.com/fsnotify/fsnotify v1.10.1"
	"go.etcd.io/bbolt v1.5.0"
	"github.com/segmentio/kafka-go v0.4.51"
	"github.com/miekg/dns v1.1.73"
	"github.com/syndtr/goleveldb v1.0.0"
	"github.com/valyala/fasthttp v1.78.0"
	"github.com/gorilla/mux v1.8.1"
	"github.com/hashicorp/raft v1.8.0"
	"github.com/go-git/go-git/v5 v5.19.3"
)

# Two more sets, of modules outside the corpus, chosen after the rules
# above were written, to check that they carry over (MODULE_SET=heldout1
# or heldout2). A line may end with the package patterns to analyse
# instead of the whole module (examples and generated API packages left
# out).
heldout1=(
	"github.com/jmoiron/sqlx v1.4.0"
	"github.com/coder/websocket v1.8.15"
	"github.com/rabbitmq/amqp091-go v1.16.0"
	"github.com/elastic/go-elasticsearch/v8 v8.19.7 github.com/elastic/go-elasticsearch/v8 github.com/elastic/go-elasticsearch/v8/esapi github.com/elastic/go-elasticsearch/v8/esutil"
	"github.com/elastic/elastic-transport-go/v8 v8.9.0"
	"github.com/eclipse/paho.mqtt.golang v1.5.1"
	"github.com/labstack/echo/v4 v4.16.0"
	"github.com/gocql/gocql v1.7.0"
	"github.com/hashicorp/go-plugin v1.8.0"
	"github.com/hashicorp/consul/api v1.34.5"
	"github.com/emersion/go-imap/v2 v2.0.0-beta.8"
	"github.com/gofiber/fiber/v2 v2.52.15"
)
heldout2=(
	"github.com/IBM/sarama v1.61.1 github.com/IBM/sarama"
	"github.com/hashicorp/vault/api v1.23.0 github.com/hashicorp/vault/api"
	"github.com/uptrace/bun v1.3.0"
	"github.com/ClickHouse/clickhouse-go/v2 v2.51.0 github.com/ClickHouse/clickhouse-go/v2 github.com/ClickHouse/clickhouse-go/v2/ext/... github.com/ClickHouse/clickhouse-go/v2/internal/... github.com/ClickHouse/clickhouse-go/v2/lib/... github.com/ClickHouse/clickhouse-go/v2/resources/..."
	"github.com/hashicorp/memberlist v0.7.0"
	"github.com/hashicorp/yamux v0.1.2"
	"github.com/microsoft/go-mssqldb v1.11.2"
	"github.com/jackc/puddle/v2 v2.2.3"
)
# A third set, chosen after every rule above was written.
heldout3=(
	"github.com/gomodule/redigo v1.9.3 github.com/gomodule/redigo/redis"
	"golang.org/x/crypto v0.59.0 golang.org/x/crypto/ssh/... golang.org/x/crypto/acme/..."
	"github.com/emersion/go-smtp v0.26.0"
	"github.com/dgraph-io/badger/v4 v4.9.6 github.com/dgraph-io/badger/v4"
	"gopkg.in/natefinch/lumberjack.v2 v2.2.1"
	"github.com/spf13/viper v1.21.0"
	"go.etcd.io/etcd/client/v3 v3.7.3"
	"github.com/influxdata/influxdb-client-go/v2 v2.14.0"
	"github.com/pion/webrtc/v4 v4.2.26"
)
# A fourth set, chosen after every rule above was written.
heldout4=(
	"github.com/jlaffaye/ftp v0.2.4"
	"github.com/go-ldap/ldap/v3 v3.4.15"
	"github.com/nsqio/go-nsq v1.1.0"
	"github.com/go-zookeeper/zk v1.0.4"
	"github.com/studio-b12/gowebdav v0.13.0"
	"github.com/elazarl/goproxy v1.9.4"
	"github.com/colinmarc/hdfs/v2 v2.4.0"
	"github.com/ncw/swift/v2 v2.0.5"
	"github.com/mholt/archives v0.1.5"
	"github.com/apache/thrift v0.25.0 github.com/apache/thrift/lib/go/thrift"
	"github.com/jackc/pgconn v1.14.3"
	"github.com/hashicorp/serf v0.11.0 github.com/hashicorp/serf/serf github.com/hashicorp/serf/client github.com/hashicorp/serf/coordinate"
	"github.com/coreos/go-systemd/v22 v22.7.0"
)
# A fifth set, chosen after every rule above was written.
heldout5=(
	"github.com/prometheus/procfs v0.23.0"
	"github.com/shirou/gopsutil/v4 v4.26.10"
	"github.com/creack/pty v1.1.24"
	"github.com/twmb/franz-go v1.22.3 github.com/twmb/franz-go/pkg/kgo"
	"github.com/gofrs/flock v0.13.2"
	"github.com/natefinch/atomic v1.0.1"
	"github.com/mdlayher/netlink v1.11.2"
	"golang.org/x/net v0.63.0 golang.org/x/net/webdav golang.org/x/net/proxy golang.org/x/net/websocket golang.org/x/net/netutil golang.org/x/net/icmp"
	"github.com/gliderlabs/ssh v0.3.8"
	"github.com/hashicorp/mdns v1.0.7"
	"github.com/Azure/go-amqp v1.7.0"
	"github.com/olivere/elastic/v7 v7.0.32"
	"github.com/tidwall/redcon v1.6.4"
	"github.com/cloudflare/tableflip v1.2.3"
	"github.com/sirupsen/logrus v1.10.2"
)
# A sixth set, chosen after every rule above was written, and first run
# with the build that had them all.
heldout6=(
	"github.com/bradfitz/gomemcache v0.0.0-20260422231931-4d751bb6e37c"
	"github.com/nxadm/tail v1.4.11"
	"github.com/go-git/go-billy/v5 v5.9.2"
	"github.com/armon/go-socks5 v0.0.0-20160902184237-e75332964ef5"
	"github.com/bramvdbogaerde/go-scp v1.6.1"
	"github.com/peterbourgon/diskv v2.0.1+incompatible"
	"github.com/containerd/fifo v1.1.0"
	"github.com/jordan-wright/email v4.0.1-0.20210109023952-943e75fe5223+incompatible"
	"github.com/google/go-github/v74 v74.0.0 github.com/google/go-github/v74/github"
	"github.com/go-cmd/cmd v1.4.4"
	"github.com/melbahja/goph v1.5.2"
	"github.com/tus/tusd/v2 v2.9.1 github.com/tus/tusd/v2/pkg/handler github.com/tus/tusd/v2/pkg/filestore github.com/tus/tusd/v2/pkg/filelocker"
	"github.com/lesismal/nbio v1.6.8 github.com/lesismal/nbio"
	"github.com/coreos/go-iptables v0.8.0"
	"github.com/gocolly/colly/v2 v2.3.0 github.com/gocolly/colly/v2"
	"github.com/gorilla/sessions v1.4.0"
	"github.com/pressly/goose/v3 v3.26.0 github.com/pressly/goose/v3"
	"github.com/oschwald/maxminddb-golang/v2 v2.9.1"
	"github.com/golang-migrate/migrate/v4 v4.20.1 github.com/golang-migrate/migrate/v4 github.com/golang-migrate/migrate/v4/source/iofs github.com/golang-migrate/migrate/v4/source/file"
	"github.com/golang/groupcache v0.0.0-20241129210726-2c02b8208cf8"
)
# A seventh set, chosen after every rule above was written, and first run
# with the build that had them all.
heldout7=(
	"github.com/godbus/dbus/v5 v5.2.4"
	"github.com/docker/go-connections v0.8.2"
	"github.com/mdlayher/socket v0.8.0"
	"github.com/vishvananda/netlink v1.3.1 github.com/vishvananda/netlink github.com/vishvananda/netlink/nl"
	"github.com/go-pg/pg/v10 v10.11.0 github.com/go-pg/pg/v10 github.com/go-pg/pg/v10/internal/pool"
	"github.com/meilisearch/meilisearch-go v0.37.0"
	"github.com/klauspost/pgzip v1.3.0"
	"github.com/ulikunitz/xz v0.5.17 github.com/ulikunitz/xz github.com/ulikunitz/xz/lzma"
	"github.com/go-chi/chi/v5 v5.5.0 github.com/go-chi/chi/v5/middleware"
	"github.com/Shopify/toxiproxy/v2 v2.5.0 github.com/Shopify/toxiproxy/v2"
	"github.com/containerd/console v1.0.5"
	"github.com/libp2p/go-reuseport v0.4.0"
	"github.com/insomniacslk/dhcp v0.0.0-20260901064844-234b97448fae github.com/insomniacslk/dhcp/dhcpv4/nclient4 github.com/insomniacslk/dhcp/dhcpv4/client4"
	"github.com/gorilla/handlers v1.5.2"
	"github.com/redis/rueidis v1.0.80 github.com/redis/rueidis"
)
# An eighth set, chosen after every rule above was written, and first run
# with the build that had them all.
heldout8=(
	"github.com/ClickHouse/ch-go v0.76.0 github.com/ClickHouse/ch-go github.com/ClickHouse/ch-go/proto"
	"github.com/eclipse/paho.golang v0.23.0 github.com/eclipse/paho.golang/paho github.com/eclipse/paho.golang/autopaho"
	"github.com/gobwas/ws v1.5.0 github.com/gobwas/ws github.com/gobwas/ws/wsutil"
	"github.com/lxzan/gws v1.8.9 github.com/lxzan/gws"
	"github.com/emersion/go-webdav v0.6.0 github.com/emersion/go-webdav github.com/emersion/go-webdav/caldav github.com/emersion/go-webdav/carddav"
	"github.com/fsouza/go-dockerclient v1.13.3 github.com/fsouza/go-dockerclient"
	"github.com/google/renameio/v2 v2.0.2"
	"github.com/rogpeppe/go-internal v1.16.0 github.com/rogpeppe/go-internal/lockedfile github.com/rogpeppe/go-internal/robustio github.com/rogpeppe/go-internal/txtar"
	"github.com/pierrec/lz4/v4 v4.1.33 github.com/pierrec/lz4/v4"
	"github.com/hashicorp/go-slug v1.0.0 github.com/hashicorp/go-slug"
	"github.com/sijms/go-ora/v2 v2.8.24 github.com/sijms/go-ora/v2"
	"github.com/google/go-containerregistry v0.22.1 github.com/google/go-containerregistry/pkg/v1/remote github.com/google/go-containerregistry/pkg/v1/tarball github.com/google/go-containerregistry/pkg/v1/layout"
)
heldout9=(
	"gorm.io/gorm v1.31.2 gorm.io/gorm gorm.io/gorm/callbacks gorm.io/gorm/migrator"
	"github.com/xtaci/smux v1.5.58"
	"github.com/xtaci/kcp-go/v5 v5.7.6 github.com/xtaci/kcp-go/v5"
	"github.com/patrickmn/go-cache v2.1.0+incompatible"
	"github.com/soheilhy/cmux v0.1.5"
	"github.com/klauspost/compress v1.20.4 github.com/klauspost/compress/zstd github.com/klauspost/compress/gzip github.com/klauspost/compress/zip github.com/klauspost/compress/flate github.com/klauspost/compress/s2 github.com/klauspost/compress/zlib"
	"github.com/coocood/freecache v1.2.7"
	"github.com/vishvananda/netns v0.0.5"
	"github.com/DataDog/datadog-go/v5 v5.9.1 github.com/DataDog/datadog-go/v5/statsd"
	"github.com/slack-go/slack v0.36.0 github.com/slack-go/slack github.com/slack-go/slack/socketmode"
	"github.com/go-telegram-bot-api/telegram-bot-api/v5 v5.5.1"
	"github.com/getsentry/sentry-go v0.50.0 github.com/getsentry/sentry-go"
	"github.com/fluent/fluent-logger-golang v1.10.2 github.com/fluent/fluent-logger-golang/fluent"
	"github.com/bwmarrin/discordgo v0.29.0"
	"github.com/Masterminds/squirrel v1.5.4"
)
heldout10=(
	"github.com/xuri/excelize/v2 v2.11.1 github.com/xuri/excelize/v2"
	"go.uber.org/zap v1.28.0 go.uber.org/zap go.uber.org/zap/zapcore"
	"gopkg.in/ini.v1 v1.68.0"
	"github.com/joho/godotenv v1.5.1 github.com/joho/godotenv"
	"github.com/BurntSushi/toml v1.6.0 github.com/BurntSushi/toml"
	"github.com/otiai10/copy v1.14.1"
	"github.com/gabriel-vasile/mimetype v1.4.16 github.com/gabriel-vasile/mimetype"
	"github.com/disintegration/imaging v1.6.2"
	"github.com/lestrrat-go/file-rotatelogs v2.4.0+incompatible github.com/lestrrat-go/file-rotatelogs"
	"github.com/olahol/melody v1.1.4"
	"github.com/gregjones/httpcache v0.0.0-20190611155906-901d90724c79 github.com/gregjones/httpcache github.com/gregjones/httpcache/diskcache"
	"github.com/dghubble/sling v1.4.2"
	"github.com/doug-martin/goqu/v9 v9.19.0 github.com/doug-martin/goqu/v9 github.com/doug-martin/goqu/v9/exec"
	"github.com/hashicorp/golang-lru/v2 v2.0.7 github.com/hashicorp/golang-lru/v2 github.com/hashicorp/golang-lru/v2/expirable"
	"github.com/tidwall/wal v1.2.1"
	"github.com/songgao/water v0.0.0-20200317203138-2b4b6d7c09d8"
)
heldout11=(
	"golang.org/x/oauth2 v0.38.0 golang.org/x/oauth2 golang.org/x/oauth2/clientcredentials golang.org/x/oauth2/jwt"
	"github.com/coreos/go-oidc/v3 v3.21.0 github.com/coreos/go-oidc/v3/oidc"
	"github.com/lestrrat-go/jwx/v2 v2.1.7 github.com/lestrrat-go/jwx/v2/jwk"
	"github.com/prometheus/common v0.74.0 github.com/prometheus/common/config github.com/prometheus/common/expfmt"
	"github.com/elastic/go-sysinfo v1.15.5 github.com/elastic/go-sysinfo github.com/elastic/go-sysinfo/providers/linux"
	"go.bug.st/serial v1.8.0 go.bug.st/serial"
	"github.com/nightlyone/lockfile v1.0.0"
	"github.com/mdlayher/vsock v1.4.0 github.com/mdlayher/vsock"
	"github.com/google/nftables v0.3.0 github.com/google/nftables"
	"github.com/cilium/ebpf v0.22.0 github.com/cilium/ebpf github.com/cilium/ebpf/link github.com/cilium/ebpf/ringbuf github.com/cilium/ebpf/perf github.com/cilium/ebpf/btf"
	"github.com/containerd/cgroups/v3 v3.1.3 github.com/containerd/cgroups/v3/cgroup2 github.com/containerd/cgroups/v3/cgroup1"
	"github.com/hashicorp/go-memdb v1.3.5"
	"github.com/dgraph-io/ristretto/v2 v2.4.2 github.com/dgraph-io/ristretto/v2"
	"github.com/allegro/bigcache/v3 v3.1.0 github.com/allegro/bigcache/v3"
	"gopkg.in/gomail.v2 v2.0.0-20160411212932-81ebce5c23df"
)
heldout12=(
	"github.com/georgysavva/scany/v2 v2.1.4 github.com/georgysavva/scany/v2/dbscan github.com/georgysavva/scany/v2/sqlscan"
	"github.com/rubenv/sql-migrate v1.8.1 github.com/rubenv/sql-migrate"
	"github.com/go-gorp/gorp/v3 v3.1.0"
	"github.com/go-jet/jet/v2 v2.14.1 github.com/go-jet/jet/v2/qrm github.com/go-jet/jet/v2/internal/jet"
	"github.com/hashicorp/nomad/api v0.0.0-20261016150620-df630b26e78a github.com/hashicorp/nomad/api"
	"github.com/influxdata/influxdb1-client v0.0.0-20220302092344-a9ab5670611c github.com/influxdata/influxdb1-client/v2"
	"github.com/opensearch-project/opensearch-go/v2 v2.3.0 github.com/opensearch-project/opensearch-go/v2 github.com/opensearch-project/opensearch-go/v2/opensearchtransport github.com/opensearch-project/opensearch-go/v2/opensearchutil"
	"github.com/bsm/redislock v0.9.4"
	"github.com/go-redsync/redsync/v4 v4.18.1 github.com/go-redsync/redsync/v4"
	"github.com/Netflix/go-expect v0.0.0-20220104043353-73e0943537d2"
	"github.com/hashicorp/raft-boltdb/v2 v2.3.1 github.com/hashicorp/raft-boltdb/v2"
	"github.com/kardianos/service v1.3.0 github.com/kardianos/service"
	"github.com/PagerDuty/go-pagerduty v1.8.0 github.com/PagerDuty/go-pagerduty"
	"github.com/atotto/clipboard v0.1.4"
	"github.com/ktrysmt/go-bitbucket v0.10.0"
)
heldout13=(
	"github.com/SAP/go-hdb v1.22.1 github.com/SAP/go-hdb/driver"
	"github.com/tarantool/go-tarantool/v3 v3.0.2 github.com/tarantool/go-tarantool/v3 github.com/tarantool/go-tarantool/v3/pool"
	"github.com/simonvetter/modbus v1.6.4"
	"github.com/ti-mo/conntrack v0.6.0"
	"github.com/jackc/pglogrepl v0.0.0-20251213150135-2e8d0df862c1"
	"github.com/trinodb/trino-go-client v1.1.0 github.com/trinodb/trino-go-client/trino"
	"github.com/alicebob/miniredis/v2 v2.40.0 github.com/alicebob/miniredis/v2 github.com/alicebob/miniredis/v2/server"
	"github.com/johannesboyne/gofakes3 v1.2.0 github.com/johannesboyne/gofakes3 github.com/johannesboyne/gofakes3/backend/s3bolt github.com/johannesboyne/gofakes3/backend/s3afero"
	"github.com/vjeantet/ldapserver v1.0.1"
	"github.com/xtaci/lossyconn v1.1.0"
	"github.com/cristalhq/hedgedhttp v0.9.2"
	"github.com/superfly/litefs v0.5.14 github.com/superfly/litefs github.com/superfly/litefs/http github.com/superfly/litefs/fuse"
	"github.com/jsimonetti/rtnetlink/v2 v2.3.0 github.com/jsimonetti/rtnetlink/v2"
	"connectrpc.com/connect v1.21.1 connectrpc.com/connect"
	"github.com/ThreeDotsLabs/watermill-sql/v4 v4.1.2 github.com/ThreeDotsLabs/watermill-sql/v4/pkg/sql"
	"github.com/peterldowns/pgtestdb v0.1.1 github.com/peterldowns/pgtestdb"
)
heldout14=(
	"github.com/ti-mo/netfilter v0.5.3"
	"github.com/mdlayher/ethernet v0.0.0-20220221185849-529eae5b6118"
	"github.com/knqyf263/go-rpmdb v0.0.0-20210911072402-73bd0ce46c49"
	"github.com/oklog/run v1.2.0"
	"github.com/jarcoal/httpmock v1.4.2"
	"github.com/DATA-DOG/go-sqlmock v1.5.2"
	"github.com/alexedwards/scs/redisstore v0.0.0-20251002162104-209de6e426de"
	"github.com/alexedwards/scs/postgresstore v0.0.0-20251002162104-209de6e426de"
	"github.com/EventStore/EventStore-Client-Go/v4 v4.2.0"
	"github.com/FerretDB/wire v0.1.7-0.20250708055527-67b1f7c98628"
	"github.com/seaweedfs/raft v1.2.4"
	"github.com/systemd/slog-journal v0.1.2"
	"github.com/ThreeDotsLabs/watermill-amqp/v3 v3.0.2 github.com/ThreeDotsLabs/watermill-amqp/v3/pkg/amqp"
	"github.com/oauth2-proxy/mockoidc v0.0.0-20261103160011-e06ed0b7cb7f"
	"github.com/livekit/psrpc v0.8.2"
	"github.com/zishang520/socket.io/clients/engine/v3 v3.0.6"
)
heldout15=(
	"github.com/moby/moby/client v0.6.3"
	"github.com/tonistiigi/fsutil v0.0.0-20261103091533-a72de9dcf763 github.com/tonistiigi/fsutil github.com/tonistiigi/fsutil/copy"
	"github.com/tonistiigi/go-actions-cache v0.0.0-20260930145529-afe8013b5ac4"
	"github.com/sylabs/scs-library-client v1.4.15"
	"github.com/apptainer/container-library-client v1.5.0"
	"github.com/fluxcd/pkg/http/transport v0.7.0"
	"github.com/aws/aws-lambda-go v1.55.1 github.com/aws/aws-lambda-go/lambda github.com/aws/aws-lambda-go/lambdacontext"
	"github.com/aws/smithy-go v1.28.9 github.com/aws/smithy-go/transport/http github.com/aws/smithy-go/middleware"
	"github.com/grpc-ecosystem/grpc-health-probe v0.4.63"
	"github.com/riverqueue/river/riverdriver/riverdatabasesql v0.51.2"
	"github.com/synadia-io/orbit.go/ntf-client v0.0.5"
	"github.com/zishang520/socket.io/servers/engine/v3 v3.0.6"
	"github.com/hashicorp/go-hclog v1.6.3"
	"github.com/charmbracelet/log v1.0.0"
	"github.com/ipfs/go-ds-pebble v0.5.13"
)
heldout16=(
	"cloud.google.com/go/cloudsqlconn v1.26.0 cloud.google.com/go/cloudsqlconn"
	"github.com/fsouza/fake-gcs-server v1.56.1"
	"github.com/Admiral-Piett/goaws v0.4.5"
	"github.com/seaweedfs/go-fuse/v2 v2.9.4"
	"github.com/smnsjas/go-psrpcore v0.0.0-20251230190552-63d922dacbb3"
	"github.com/zishang520/socket.io/clients/socket/v3 v3.0.6"
	"github.com/riverqueue/river/riverdriver/riversqlite v0.51.2"
	"connectrpc.com/grpchealth v1.5.0"
	"github.com/aws/amazon-ec2-metadata-mock v1.13.0"
	"github.com/hashicorp/consul-awsauth v0.0.0-20250130185352-0a5f57fe920a"
	"github.com/go-chi/httprate v0.16.1"
	"github.com/gosnmp/gosnmp v1.47.0"
	"github.com/plgd-dev/go-coap/v3 v3.8.1"
	"github.com/GoogleCloudPlatform/cloudsql-proxy v1.38.5"
	"github.com/apache/rocketmq-client-go/v2 v2.1.3-0.20251226070945-2173d070fd1b"
)
heldout17=(
	"github.com/bodgit/sevenzip v1.6.5"
	"github.com/carlmjohnson/requests v0.23.5"
	"github.com/nakagami/firebirdsql v0.9.23"
	"github.com/vertica/vertica-sql-go v1.3.9"
	"github.com/rjeczalik/notify v0.9.3"
	"github.com/hashicorp/go-metrics v0.7.0"
	"github.com/streadway/amqp v1.1.0"
	"github.com/nwaples/rardecode/v2 v2.4.6"
	"github.com/emersion/go-msgauth v0.7.0"
	"github.com/pkg/term v1.2.0-beta.2"
	"github.com/wneessen/go-mail v0.8.1"
	"github.com/ory/dockertest/v3 v3.12.0"
	"github.com/chromedp/chromedp v0.23.1"
	"github.com/knadh/koanf/v2 v2.4.1"
	"github.com/pion/dtls/v4 v4.0.1"
	"go.mongodb.org/mongo-driver v1.17.10 go.mongodb.org/mongo-driver/mongo/gridfs go.mongodb.org/mongo-driver/x/mongo/driver/topology"
)
heldout18=(
	"github.com/tidwall/buntdb v1.3.0"
	"github.com/panjf2000/gnet/v2 v2.9.7"
	"github.com/r3labs/sse/v2 v2.10.0"
	"github.com/tmaxmax/go-sse v0.12.0"
	"github.com/centrifugal/centrifuge v0.40.1"
	"github.com/pdfcpu/pdfcpu v0.15.0 github.com/pdfcpu/pdfcpu/pkg/api github.com/pdfcpu/pdfcpu/pkg/cli"
	"github.com/fogleman/gg v1.3.0"
	"github.com/jung-kurt/gofpdf v1.16.2"
	"github.com/hashicorp/go-tfe v1.111.2 github.com/hashicorp/go-tfe"
	"github.com/hashicorp/terraform-exec v0.26.0"
	"github.com/quic-go/webtransport-go v0.13.0"
	"github.com/nats-io/stan.go v0.10.4"
	"github.com/emersion/go-message v0.18.2"
	"github.com/google/go-tpm v0.9.8"
	"github.com/tealeg/xlsx/v3 v3.3.13"
	"github.com/cloudwego/netpoll v0.7.2"
)
heldout19=(
	"bazil.org/fuse v0.0.0-20230120002735-62a210ff1fd5"
	"github.com/hugelgupf/p9 v0.3.0"
	"github.com/hibiken/asynq v0.26.0"
	"github.com/k3s-io/kine v0.17.5 github.com/k3s-io/kine/pkg/drivers/generic github.com/k3s-io/kine/pkg/server github.com/k3s-io/kine/pkg/drivers/pgsql github.com/k3s-io/kine/pkg/drivers/mysql"
	"github.com/rqlite/gorqlite v0.0.0-20261020015727-7224ce2bd419"
	"github.com/tidwall/evio v1.0.8"
	"github.com/tus/tusd v1.13.0 github.com/tus/tusd/pkg/filestore github.com/tus/tusd/pkg/handler github.com/tus/tusd/pkg/filelocker"
	"github.com/inbucket/inbucket/v3 v3.2.0"
	"github.com/gopcua/opcua v0.8.0"
	"github.com/strongswan/govici v0.8.0"
	"github.com/emiago/sipgo v1.7.3"
	"github.com/mochi-mqtt/server/v2 v2.7.9"
	"github.com/digitalocean/go-libvirt v0.0.0-20261013170128-efbbdf578ac8"
	"github.com/d--j/go-milter v0.10.1"
	"github.com/xmppo/go-xmpp v0.4.1"
	"github.com/neo4j/neo4j-go-driver/v5 v5.28.4"
	"github.com/vgarvardt/gue/v5 v5.8.0"
	"github.com/CorentinB/warc v0.8.33"
)
heldout20=(
	"github.com/digitalocean/go-qemu v0.0.0-20250212194115-ee9b0668d242"
	"github.com/mdlayher/arp v0.0.0-20220512170110-6706a2966875"
	"github.com/mdlayher/ndp v1.1.0"
	"github.com/cloudflare/ipvs v0.12.0"
	"github.com/caddyserver/certmagic v0.25.6"
	"github.com/letsencrypt/pebble/v2 v2.10.3"
	"mellium.im/xmpp v0.22.0"
	"gosrc.io/xmpp v0.5.1"
	"github.com/centrifugal/centrifuge-go v0.12.1"
	"github.com/ThreeDotsLabs/watermill-amqp/v2 v2.1.3"
	"github.com/acaloiaro/neoq v0.72.2"
	"github.com/jackc/pgxlisten v0.0.0-20250802141604-12b92425684c"
	"github.com/tsenart/vegeta/v12 v12.13.0"
	"github.com/schollz/croc/v10 v10.7.0"
	"github.com/emiago/diago v0.42.1"
	"github.com/go-co-op/gocron/v2 v2.21.2"
)
heldout21=(
	"github.com/hashicorp/go-getter v1.8.10"
	"github.com/Shopify/toxiproxy/v2 v2.5.0"
	"github.com/beevik/ntp v1.6.0"
	"github.com/prometheus-community/pro-bing v0.9.1"
	"github.com/ClickHouse/ch-go v0.76.0 github.com/ClickHouse/ch-go github.com/ClickHouse/ch-go/chpool"
	"github.com/DataDog/datadog-go/v5 v5.9.1"
	"github.com/cactus/go-statsd-client/v5 v5.1.0"
	"github.com/jackc/tern/v2 v2.3.4"
	"github.com/Masterminds/squirrel v1.5.4"
	"github.com/go-kivik/kivik/v4 v4.5.2 github.com/go-kivik/kivik/v4 github.com/go-kivik/kivik/v4/couchdb/..."
	"github.com/andybalholm/brotli v1.3.0"
	"github.com/go-kit/kit v0.13.0 github.com/go-kit/kit/transport/... github.com/go-kit/kit/sd/... github.com/go-kit/kit/metrics/..."
	"github.com/gorilla/rpc v1.2.0"
	"github.com/fullstorydev/grpcurl v1.9.4"
	"github.com/go-rod/rod v0.116.2 github.com/go-rod/rod github.com/go-rod/rod/lib/launcher/... github.com/go-rod/rod/lib/cdp"
	"github.com/linkedin/goavro/v2 v2.15.0"
)
heldout22=(
	"github.com/ClickHouse/clickhouse-go/v2 v2.51.0 github.com/ClickHouse/clickhouse-go/v2"
	"xorm.io/xorm v1.4.3"
	"github.com/creachadair/jrpc2 v1.3.6"
	"github.com/sourcegraph/jsonrpc2 v0.2.3"
	"github.com/rabbitmq/rabbitmq-stream-go-client v1.8.3 github.com/rabbitmq/rabbitmq-stream-go-client/pkg/..."
	"github.com/VictoriaMetrics/fastcache v1.13.2"
	"github.com/openzipkin/zipkin-go v0.4.3"
	"github.com/bitfield/script v0.25.2"
	"github.com/pires/go-proxyproto v0.15.0"
	"github.com/mediocregopher/radix/v4 v4.1.4"
	"github.com/xitongsys/parquet-go v1.6.2"
	"github.com/florianl/go-tc v0.4.8"
	"github.com/VictoriaMetrics/metrics v1.45.0"
	"github.com/rollbar/rollbar-go v1.4.5"
	"github.com/playwright-community/playwright-go v0.5200.1 github.com/playwright-community/playwright-go"
	"github.com/gopacket/gopacket v1.7.7 github.com/gopacket/gopacket/afpacket github.com/gopacket/gopacket/pcapgo github.com/gopacket/gopacket/reassembly github.com/gopacket/gopacket/tcpassembly/..."
)
heldout23=(
	"github.com/parnurzeal/gorequest v0.3.0"
	"github.com/xanzy/go-gitlab v0.115.0"
	"github.com/PagerDuty/go-pagerduty v1.8.0 github.com/PagerDuty/go-pagerduty"
	"github.com/nlopes/slack v0.6.0"
	"github.com/cli/go-gh/v2 v2.17.0 github.com/cli/go-gh/v2/pkg/api github.com/cli/go-gh/v2/pkg/browser github.com/cli/go-gh/v2/pkg/ssh github.com/cli/go-gh/v2/pkg/term"
	"github.com/testcontainers/testcontainers-go v0.45.0 github.com/testcontainers/testcontainers-go"
	"github.com/mholt/acmez/v3 v3.1.7"
	"github.com/cloudflare/cfssl v1.6.5 github.com/cloudflare/cfssl/api/client github.com/cloudflare/cfssl/transport/... github.com/cloudflare/cfssl/ocsp"
	"github.com/twitchtv/twirp v8.1.3+incompatible github.com/twitchtv/twirp"
	"github.com/apache/thrift v0.25.0 github.com/apache/thrift/lib/go/thrift"
	"github.com/jackc/pgconn v1.14.3"
	"github.com/cockroachdb/cockroach-go/v2 v2.4.2 github.com/cockroachdb/cockroach-go/v2/crdb/... github.com/cockroachdb/cockroach-go/v2/testserver"
	"github.com/improbable-eng/grpc-web v0.15.0 github.com/improbable-eng/grpc-web/go/grpcweb"
	"github.com/containerd/containerd v1.7.35 github.com/containerd/containerd/content/local github.com/containerd/containerd/archive"
	"github.com/golang/snappy v1.0.0"
	"github.com/docker/cli v29.10.0+incompatible github.com/docker/cli/cli/connhelper/..."
)
heldout24=(
	"github.com/quic-go/quic-go v0.65.0 github.com/quic-go/quic-go github.com/quic-go/quic-go/http3"
	"github.com/jhump/protoreflect v1.19.0 github.com/jhump/protoreflect/grpcreflect"
	"github.com/lestrrat-go/jwx/v3 v3.4.0 github.com/lestrrat-go/jwx/v3/jwk"
	"github.com/emersion/go-imap v1.2.1 github.com/emersion/go-imap/client github.com/emersion/go-imap/server github.com/emersion/go-imap/backend/memory"
	"github.com/hashicorp/consul/sdk v0.18.2"
	"github.com/grafana/pyroscope-go v1.5.0 github.com/grafana/pyroscope-go github.com/grafana/pyroscope-go/upstream/remote"
	"github.com/uber/jaeger-client-go v2.30.0+incompatible github.com/uber/jaeger-client-go github.com/uber/jaeger-client-go/transport/..."
	"github.com/pkg/profile v1.7.0"
	"github.com/felixge/fgprof v0.9.5"
	"github.com/arl/statsviz v0.8.2"
	"github.com/coredns/caddy v1.1.4"
	"github.com/mitchellh/go-ps v1.0.0"
	"github.com/jaypipes/ghw v0.27.0 github.com/jaypipes/ghw/pkg/..."
	"github.com/containerd/continuity v0.5.0 github.com/containerd/continuity/fs/... github.com/containerd/continuity/driver"
	"github.com/go-zeromq/zmq4 v0.17.0"
	"github.com/hashicorp/go-syslog v1.0.1"
)
heldout25=(
	"github.com/go-openapi/runtime v0.33.4"
	"github.com/digitalocean/godo v1.243.0"
	"github.com/gophercloud/gophercloud/v2 v2.16.0 github.com/gophercloud/gophercloud/v2 github.com/gophercloud/gophercloud/v2/openstack github.com/gophercloud/gophercloud/v2/pagination github.com/gophercloud/gophercloud/v2/openstack/objectstorage/v1/..."
	"github.com/dropbox/dropbox-sdk-go-unofficial/v6 v6.6.4 github.com/dropbox/dropbox-sdk-go-unofficial/v6/dropbox github.com/dropbox/dropbox-sdk-go-unofficial/v6/dropbox/files"
	"github.com/luthermonson/go-proxmox v0.10.0"
	"github.com/mark3labs/mcp-go v1.2.1 github.com/mark3labs/mcp-go/client/... github.com/mark3labs/mcp-go/server"
	"github.com/modelcontextprotocol/go-sdk v1.8.0 github.com/modelcontextprotocol/go-sdk/mcp github.com/modelcontextprotocol/go-sdk/internal/..."
	"github.com/maragudk/goqite v0.2.3"
	"github.com/cschleiden/go-workflows v1.2.0 github.com/cschleiden/go-workflows/backend/... github.com/cschleiden/go-workflows/worker github.com/cschleiden/go-workflows/client"
	"github.com/hanwen/go-fuse/v2 v2.12.1 github.com/hanwen/go-fuse/v2/fuse/... github.com/hanwen/go-fuse/v2/fs github.com/hanwen/go-fuse/v2/zipfs github.com/hanwen/go-fuse/v2/newunionfs github.com/hanwen/go-fuse/v2/splice"
	"github.com/google/gops v0.3.28"
	"github.com/codesenberg/bombardier v1.2.6"
	"github.com/bluenviron/gortmplib v1.0.1"
	"github.com/gubernator-io/gubernator/v2 v2.13.0 github.com/gubernator-io/gubernator/v2"
	"github.com/nlnwa/gowarc/v3 v3.1.0"
	"github.com/chzyer/readline v1.5.1"
)
heldout26=(
	"github.com/go-acme/lego/v5 v5.6.0 github.com/go-acme/lego/v5/lego github.com/go-acme/lego/v5/acme/... github.com/go-acme/lego/v5/challenge/... github.com/go-acme/lego/v5/certificate"
	"github.com/crewjam/saml v0.6.3 github.com/crewjam/saml github.com/crewjam/saml/samlsp"
	"github.com/h2non/gock v1.2.0"
	"github.com/glebarez/go-sqlite v1.23.0"
	"github.com/ncruces/go-sqlite3 v0.37.0 github.com/ncruces/go-sqlite3 github.com/ncruces/go-sqlite3/driver github.com/ncruces/go-sqlite3/vfs/... github.com/ncruces/go-sqlite3/ext/..."
	"github.com/hashicorp/cap v0.16.0 github.com/hashicorp/cap/oidc/... github.com/hashicorp/cap/jwt"
	"github.com/docker/docker-credential-helpers v0.9.13 github.com/docker/docker-credential-helpers/client github.com/docker/docker-credential-helpers/credentials github.com/docker/docker-credential-helpers/pass"
	"github.com/google/go-attestation v0.6.4 github.com/google/go-attestation/attest"
	"github.com/containernetworking/plugins v1.10.0 github.com/containernetworking/plugins/pkg/..."
	"github.com/goreleaser/nfpm/v2 v2.48.0 github.com/goreleaser/nfpm/v2 github.com/goreleaser/nfpm/v2/deb github.com/goreleaser/nfpm/v2/rpm github.com/goreleaser/nfpm/v2/apk github.com/goreleaser/nfpm/v2/arch github.com/goreleaser/nfpm/v2/files"
	"github.com/apptainer/sif/v2 v2.25.0 github.com/apptainer/sif/v2/pkg/..."
	"github.com/biogo/hts v1.4.5"
	"github.com/hamba/avro/v2 v2.31.0 github.com/hamba/avro/v2 github.com/hamba/avro/v2/ocf github.com/hamba/avro/v2/registry"
	"github.com/axllent/mailpit v1.33.1 github.com/axllent/mailpit/internal/... github.com/axllent/mailpit/server/..."
	"github.com/aws/aws-sdk-go-v2/feature/s3/manager v1.23.26 github.com/aws/aws-sdk-go-v2/feature/s3/manager"
	"github.com/edsrzf/mmap-go v1.2.0"
)
heldout27=(
	"github.com/ethereum/go-ethereum v1.17.10 github.com/ethereum/go-ethereum/rpc github.com/ethereum/go-ethereum/ethclient"
	"github.com/anthropics/anthropic-sdk-go/v2 v2.17.0 github.com/anthropics/anthropic-sdk-go/v2 github.com/anthropics/anthropic-sdk-go/v2/packages/..."
	"github.com/99designs/gqlgen v0.17.98 github.com/99designs/gqlgen/graphql/handler/..."
	"github.com/go-task/task/v3 v3.54.0 github.com/go-task/task/v3 github.com/go-task/task/v3/internal/..."
	"github.com/air-verse/air v1.67.4 github.com/air-verse/air/runner"
	"github.com/evilmartians/lefthook v1.13.6 github.com/evilmartians/lefthook/internal/..."
	"github.com/google/pprof v0.0.0-20261105003125-4bf881d7fb0b github.com/google/pprof/profile github.com/google/pprof/driver github.com/google/pprof/internal/..."
	"github.com/mattn/go-sqlite3 v1.14.53 github.com/mattn/go-sqlite3"
	"github.com/mikefarah/yq/v4 v4.54.3 github.com/mikefarah/yq/v4/pkg/yqlib"
	"github.com/charmbracelet/vhs v0.10.0 github.com/charmbracelet/vhs"
	"github.com/containerd/go-cni v1.1.15"
	"github.com/charmbracelet/freeze v0.2.2"
	"github.com/KimMachineGun/automemlimit v1.0.2"
	"github.com/cucumber/godog v0.16.0 github.com/cucumber/godog github.com/cucumber/godog/internal/..."
	"github.com/gdamore/tcell/v2 v2.13.10 github.com/gdamore/tcell/v2"
	"github.com/dsoprea/go-exif/v3 v3.0.1 github.com/dsoprea/go-exif/v3"
)
heldout28=(
	"github.com/nats-io/nats-server/v2 v2.15.3 github.com/nats-io/nats-server/v2/server"
	"github.com/caddyserver/caddy/v2 v2.11.9 github.com/caddyserver/caddy/v2 github.com/caddyserver/caddy/v2/modules/caddyhttp/reverseproxy github.com/caddyserver/caddy/v2/modules/caddyhttp/fileserver"
	"github.com/getkin/kin-openapi v0.153.0 github.com/getkin/kin-openapi/openapi3"
	"github.com/DeRuina/timberjack v1.4.10"
	"github.com/blevesearch/bleve/v2 v2.6.3 github.com/blevesearch/bleve/v2 github.com/blevesearch/bleve/v2/index/..."
	"github.com/blevesearch/zapx/v17 v17.2.5"
	"github.com/cockroachdb/pebble v1.1.5 github.com/cockroachdb/pebble/vfs/... github.com/cockroachdb/pebble/objstorage/... github.com/cockroachdb/pebble/record github.com/cockroachdb/pebble/sstable"
	"github.com/apache/arrow-go/v18 v18.9.0 github.com/apache/arrow-go/v18/arrow/ipc github.com/apache/arrow-go/v18/arrow/csv"
	"github.com/aws/aws-sdk-go-v2/feature/s3/transfermanager v0.5.9 github.com/aws/aws-sdk-go-v2/feature/s3/transfermanager"
	"github.com/Azure/azure-sdk-for-go/sdk/storage/azblob v1.8.3 github.com/Azure/azure-sdk-for-go/sdk/storage/azblob/..."
	"cloud.google.com/go/storage v1.71.0 cloud.google.com/go/storage"
	"github.com/apache/spark-connect-go v0.1.1-0.20250826122459-0e3d565b63e6 github.com/apache/spark-connect-go/spark/..."
	"github.com/adrg/xdg v0.5.3"
	"github.com/gen2brain/beeep v0.12.0"
	"github.com/oauth2-proxy/oauth2-proxy/v7 v7.15.6 github.com/oauth2-proxy/oauth2-proxy/v7/pkg/..."
	"github.com/envoyproxy/go-control-plane v0.14.0 github.com/envoyproxy/go-control-plane/pkg/server/..."
)
heldout29=(
	"github.com/evanw/esbuild v0.28.2 github.com/evanw/esbuild/pkg/api"
	"github.com/caddyserver/xcaddy v0.4.5 github.com/caddyserver/xcaddy"
	"github.com/aws/rolesanywhere-credential-helper v1.4.0 github.com/aws/rolesanywhere-credential-helper/aws_signing_helper"
	"github.com/GoogleCloudPlatform/cloud-sql-proxy/v2 v2.27.0 github.com/GoogleCloudPlatform/cloud-sql-proxy/v2/internal/proxy github.com/GoogleCloudPlatform/cloud-sql-proxy/v2/internal/healthcheck"
	"github.com/mholt/caddy-l4 v0.1.2 github.com/mholt/caddy-l4/layer4 github.com/mholt/caddy-l4/modules/l4proxy github.com/mholt/caddy-l4/modules/l4socks github.com/mholt/caddy-l4/modules/l4tls github.com/mholt/caddy-l4/modules/l4proxyprotocol"
	"github.com/nsmithuk/local-kms v0.0.0-20260228092603-2a5e92d09ab6 github.com/nsmithuk/local-kms/src/..."
	"github.com/baidubce/bce-sdk-go v0.9.279 github.com/baidubce/bce-sdk-go/bce github.com/baidubce/bce-sdk-go/http github.com/baidubce/bce-sdk-go/services/bos/..."
	"github.com/charmbracelet/openai-go v0.0.0-20260921175203-216db9e71b83 github.com/charmbracelet/openai-go github.com/charmbracelet/openai-go/packages/..."
	"github.com/go-delve/delve v1.27.2 github.com/go-delve/delve/service/rpccommon github.com/go-delve/delve/service/rpc2 github.com/go-delve/delve/service/dap"
	"github.com/foxcpp/maddy v0.8.1 github.com/foxcpp/maddy/internal/smtpconn/... github.com/foxcpp/maddy/internal/endpoint/... github.com/foxcpp/maddy/internal/target/... github.com/foxcpp/maddy/internal/storage/..."
)
heldout30=(
	"github.com/riverqueue/river v0.51.2 github.com/riverqueue/river github.com/riverqueue/river/internal/..."
	"github.com/opensearch-project/opensearch-go/v4 v4.8.1 github.com/opensearch-project/opensearch-go/v4 github.com/opensearch-project/opensearch-go/v4/opensearchapi github.com/opensearch-project/opensearch-go/v4/opensearchtransport github.com/opensearch-project/opensearch-go/v4/opensearchutil"
	"github.com/sashabaranov/go-openai v1.43.0 github.com/sashabaranov/go-openai"
	"github.com/valkey-io/valkey-go v1.0.80 github.com/valkey-io/valkey-go"
	"github.com/protomaps/go-pmtiles v1.31.2 github.com/protomaps/go-pmtiles/pmtiles"
	"github.com/stripe/smokescreen v0.1.0 github.com/stripe/smokescreen/pkg/smokescreen/..."
	"gocloud.dev v0.49.0 gocloud.dev/blob gocloud.dev/blob/fileblob gocloud.dev/blob/s3blob gocloud.dev/blob/gcsblob"
	"oras.land/oras-go/v2 v2.7.0 oras.land/oras-go/v2/..."
	"github.com/pion/ice/v4 v4.4.9 github.com/pion/ice/v4"
	"github.com/docker/docker v28.5.2+incompatible github.com/docker/docker/client"
	"github.com/opencontainers/umoci v0.6.0 github.com/opencontainers/umoci/oci/... github.com/opencontainers/umoci/pkg/..."
	"github.com/syncthing/syncthing v1.30.0 github.com/syncthing/syncthing/lib/fs github.com/syncthing/syncthing/lib/osutil github.com/syncthing/syncthing/lib/scanner"
	"github.com/libp2p/go-libp2p v0.52.0 github.com/libp2p/go-libp2p/p2p/transport/tcp github.com/libp2p/go-libp2p/p2p/net/swarm github.com/libp2p/go-libp2p/p2p/net/upgrader"
	"go.etcd.io/etcd/server/v3 v3.7.3 go.etcd.io/etcd/server/v3/storage/wal go.etcd.io/etcd/server/v3/storage/backend go.etcd.io/etcd/server/v3/etcdserver/api/snap"
	"miniflux.app/v2 v2.3.5 miniflux.app/v2/internal/reader/... miniflux.app/v2/internal/storage"
	"tailscale.com v1.102.5 tailscale.com/derp/... tailscale.com/net/netcheck tailscale.com/logtail"
)
heldout31=(
	"go.mongodb.org/mongo-driver/v2 v2.10.0 go.mongodb.org/mongo-driver/v2/mongo go.mongodb.org/mongo-driver/v2/x/mongo/driver/topology go.mongodb.org/mongo-driver/v2/x/mongo/driver/auth go.mongodb.org/mongo-driver/v2/x/mongo/driver/ocsp"
	"github.com/prometheus/prometheus v0.316.0 github.com/prometheus/prometheus/tsdb/..."
	"github.com/VictoriaMetrics/VictoriaMetrics v1.151.0 github.com/VictoriaMetrics/VictoriaMetrics/lib/fs/... github.com/VictoriaMetrics/VictoriaMetrics/lib/filestream github.com/VictoriaMetrics/VictoriaMetrics/lib/netutil github.com/VictoriaMetrics/VictoriaMetrics/lib/persistentqueue github.com/VictoriaMetrics/VictoriaMetrics/lib/handshake github.com/VictoriaMetrics/VictoriaMetrics/lib/backup/..."
	"go.podman.io/storage v1.65.1 go.podman.io/storage/pkg/lockfile go.podman.io/storage/pkg/archive go.podman.io/storage/pkg/ioutils"
	"go.podman.io/image/v5 v5.42.1 go.podman.io/image/v5/docker go.podman.io/image/v5/docker/archive go.podman.io/image/v5/oci/layout go.podman.io/image/v5/directory"
	"github.com/stripe/goproxy v0.0.0-20260826103935-0cd07c409a76 github.com/stripe/goproxy"
	"github.com/fergusstrange/embedded-postgres v1.34.0 github.com/fergusstrange/embedded-postgres"
	"mvdan.cc/sh/v3 v3.14.1 mvdan.cc/sh/v3/interp mvdan.cc/sh/v3/expand"
	"gotest.tools/gotestsum v1.13.0 gotest.tools/gotestsum/..."
	"github.com/mmcdole/gofeed v1.4.2 github.com/mmcdole/gofeed"
	"github.com/tetratelabs/wazero v1.12.0 github.com/tetratelabs/wazero/internal/sysfs github.com/tetratelabs/wazero/internal/sys"
	"github.com/redpanda-data/benthos/v4 v4.60.0 github.com/redpanda-data/benthos/v4/internal/impl/io"
	"github.com/zitadel/oidc/v3 v3.52.0 github.com/zitadel/oidc/v3/pkg/client/... github.com/zitadel/oidc/v3/pkg/http"
	"github.com/spiffe/go-spiffe/v2 v2.9.0 github.com/spiffe/go-spiffe/v2/workloadapi github.com/spiffe/go-spiffe/v2/spiffetls"
	"github.com/shenwei356/xopen v0.4.0 github.com/shenwei356/xopen"
	"zombiezen.com/go/sqlite v1.4.2 zombiezen.com/go/sqlite zombiezen.com/go/sqlite/sqlitex zombiezen.com/go/sqlite/sqlitefile"
	"github.com/yuin/gopher-lua v1.1.2 github.com/yuin/gopher-lua"
	"github.com/internetarchive/gowarc v0.8.96 github.com/internetarchive/gowarc"
	"github.com/panjf2000/gnet v1.6.7 github.com/panjf2000/gnet"
	"github.com/labstack/echo/v5 v5.4.6 github.com/labstack/echo/v5 github.com/labstack/echo/v5/middleware"
	"github.com/prometheus/alertmanager v0.35.0 github.com/prometheus/alertmanager/nflog github.com/prometheus/alertmanager/silence github.com/prometheus/alertmanager/cluster github.com/prometheus/alertmanager/notify/webhook"
	"gopkg.in/dnaeon/go-vcr.v4 v4.0.8 gopkg.in/dnaeon/go-vcr.v4/pkg/recorder gopkg.in/dnaeon/go-vcr.v4/pkg/cassette"
	"maragu.dev/goqite v0.4.0 maragu.dev/goqite"
)
heldout32=(
	"entgo.io/ent v0.14.5 entgo.io/ent/dialect entgo.io/ent/dialect/sql entgo.io/ent/dialect/sql/schema entgo.io/ent/dialect/sql/sqlgraph entgo.io/ent/dialect/gremlin entgo.io/ent/dialect/gremlin/internal/ws"
	"github.com/stephenafamo/bob v0.41.1 github.com/stephenafamo/bob github.com/stephenafamo/bob/orm github.com/stephenafamo/bob/drivers/pgx github.com/stephenafamo/bob/gen"
	"github.com/aerospike/aerospike-client-go/v8 v8.5.0 github.com/aerospike/aerospike-client-go/v8 github.com/aerospike/aerospike-client-go/v8/types/pool github.com/aerospike/aerospike-client-go/v8/config/provider"
	"github.com/surrealdb/surrealdb.go v1.3.0 github.com/surrealdb/surrealdb.go github.com/surrealdb/surrealdb.go/pkg/connection/... github.com/surrealdb/surrealdb.go/contrib/surrealdump github.com/surrealdb/surrealdb.go/contrib/surrealrestore"
	"github.com/apache/pulsar-client-go v0.19.0 github.com/apache/pulsar-client-go/pulsar github.com/apache/pulsar-client-go/pulsar/internal github.com/apache/pulsar-client-go/pulsaradmin/pkg/admin github.com/apache/pulsar-client-go/pulsaradmin/pkg/rest"
	"github.com/beanstalkd/go-beanstalk v0.2.0 github.com/beanstalkd/go-beanstalk"
	"github.com/aliyun/aliyun-oss-go-sdk v3.0.2+incompatible github.com/aliyun/aliyun-oss-go-sdk/oss github.com/aliyun/aliyun-oss-go-sdk/oss/crypto"
	"github.com/tencentyun/cos-go-sdk-v5 v0.7.70 github.com/tencentyun/cos-go-sdk-v5 github.com/tencentyun/cos-go-sdk-v5/crypto"
	"github.com/coredns/coredns v1.15.0 github.com/coredns/coredns/core/dnsserver github.com/coredns/coredns/plugin/forward github.com/coredns/coredns/plugin/pkg/proxy github.com/coredns/coredns/plugin/file github.com/coredns/coredns/plugin/auto github.com/coredns/coredns/plugin/hosts github.com/coredns/coredns/plugin/dnstap github.com/coredns/coredns/plugin/grpc github.com/coredns/coredns/plugin/health github.com/coredns/coredns/plugin/pkg/doh"
	"github.com/cloudsoda/go-smb2 v0.0.0-20260918041005-0c5d69b69701 github.com/cloudsoda/go-smb2"
	"github.com/willscott/go-nfs v0.0.4 github.com/willscott/go-nfs github.com/willscott/go-nfs/file github.com/willscott/go-nfs/helpers"
	"github.com/jcmturner/gokrb5/v8 v8.4.4 github.com/jcmturner/gokrb5/v8/client github.com/jcmturner/gokrb5/v8/config github.com/jcmturner/gokrb5/v8/credentials github.com/jcmturner/gokrb5/v8/keytab github.com/jcmturner/gokrb5/v8/kadmin github.com/jcmturner/gokrb5/v8/service github.com/jcmturner/gokrb5/v8/spnego github.com/jcmturner/gokrb5/v8/gssapi"
	"github.com/google/martian/v3 v3.3.3 github.com/google/martian/v3 github.com/google/martian/v3/mitm github.com/google/martian/v3/har github.com/google/martian/v3/martianhttp github.com/google/martian/v3/h2 github.com/google/martian/v3/fifo github.com/google/martian/v3/trafficshape github.com/google/martian/v3/api github.com/google/martian/v3/servemux"
	"github.com/pion/turn/v4 v4.1.4 github.com/pion/turn/v4 github.com/pion/turn/v4/internal/..."
	"github.com/diskfs/go-diskfs v1.9.4 github.com/diskfs/go-diskfs github.com/diskfs/go-diskfs/backend/file github.com/diskfs/go-diskfs/disk github.com/diskfs/go-diskfs/filesystem/fat32 github.com/diskfs/go-diskfs/filesystem/iso9660 github.com/diskfs/go-diskfs/filesystem/squashfs github.com/diskfs/go-diskfs/filesystem/ext4 github.com/diskfs/go-diskfs/partition/gpt github.com/diskfs/go-diskfs/partition/mbr github.com/diskfs/go-diskfs/sync"
	"github.com/parquet-go/parquet-go v0.32.1 github.com/parquet-go/parquet-go"
	"github.com/rclone/rclone v1.76.0 github.com/rclone/rclone/backend/local github.com/rclone/rclone/backend/ftp github.com/rclone/rclone/backend/sftp github.com/rclone/rclone/backend/smb github.com/rclone/rclone/backend/http github.com/rclone/rclone/lib/file github.com/rclone/rclone/vfs/vfscache github.com/rclone/rclone/vfs/vfscache/downloaders"
	"github.com/barasher/go-exiftool v1.10.0 github.com/barasher/go-exiftool"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracehttp v1.47.0 go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracehttp go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracehttp/internal/retry"
	"github.com/open-telemetry/opentelemetry-collector-contrib/pkg/stanza v0.165.1 github.com/open-telemetry/opentelemetry-collector-contrib/pkg/stanza/fileconsumer github.com/open-telemetry/opentelemetry-collector-contrib/pkg/stanza/fileconsumer/internal/reader github.com/open-telemetry/opentelemetry-collector-contrib/pkg/stanza/fileconsumer/internal/checkpoint github.com/open-telemetry/opentelemetry-collector-contrib/pkg/stanza/fileconsumer/internal/tracker github.com/open-telemetry/opentelemetry-collector-contrib/pkg/stanza/fileconsumer/internal/archive github.com/open-telemetry/opentelemetry-collector-contrib/pkg/stanza/fileconsumer/internal/compression github.com/open-telemetry/opentelemetry-collector-contrib/pkg/stanza/operator/input/tcp github.com/open-telemetry/opentelemetry-collector-contrib/pkg/stanza/operator/input/udp github.com/open-telemetry/opentelemetry-collector-contrib/pkg/stanza/operator/input/namedpipe github.com/open-telemetry/opentelemetry-collector-contrib/pkg/stanza/operator/input/journald github.com/open-telemetry/opentelemetry-collector-contrib/pkg/stanza/operator/output/file"
)
heldout33=(
	"github.com/nlnwa/gowarc/v2 v2.2.4 github.com/nlnwa/gowarc/v2 github.com/nlnwa/gowarc/v2/internal/diskbuffer"
	"github.com/ory/pop/v6 v6.4.1 github.com/ory/pop/v6 github.com/ory/pop/v6/associations github.com/ory/pop/v6/soda"
	"github.com/openai/openai-go/v3 v3.102.0 github.com/openai/openai-go/v3 github.com/openai/openai-go/v3/internal/requestconfig github.com/openai/openai-go/v3/packages/ssestream github.com/openai/openai-go/v3/packages/websocket github.com/openai/openai-go/v3/internal/websockettransport github.com/openai/openai-go/v3/realtime github.com/openai/openai-go/v3/live"
	"maunium.net/go/mautrix v0.33.0 maunium.net/go/mautrix maunium.net/go/mautrix/appservice maunium.net/go/mautrix/mediaproxy maunium.net/go/mautrix/federation maunium.net/go/mautrix/sqlstatestore"
	"github.com/mxschmitt/playwright-go v0.6401.0 github.com/mxschmitt/playwright-go"
	"github.com/osrg/gobgp/v4 v4.8.0 github.com/osrg/gobgp/v4/pkg/server github.com/osrg/gobgp/v4/pkg/zebra github.com/osrg/gobgp/v4/internal/pkg/netutils"
	"github.com/pion/transport/v5 v5.1.5 github.com/pion/transport/v5/vnet github.com/pion/transport/v5/udp github.com/pion/transport/v5/dpipe github.com/pion/transport/v5/stdnet github.com/pion/transport/v5/reuseport github.com/pion/transport/v5/netctx github.com/pion/transport/v5/packetio"
	"github.com/varlink/go v0.4.1-0.20261015173642-c935be0c53f7 github.com/varlink/go/varlink"
	"helm.sh/helm/v4 v4.3.2 helm.sh/helm/v4/pkg/getter helm.sh/helm/v4/pkg/registry helm.sh/helm/v4/pkg/downloader helm.sh/helm/v4/pkg/repo/v1 helm.sh/helm/v4/pkg/chart/loader/archive helm.sh/helm/v4/pkg/chart/v2/loader helm.sh/helm/v4/pkg/chart/v2/util helm.sh/helm/v4/pkg/provenance helm.sh/helm/v4/pkg/pusher helm.sh/helm/v4/internal/plugin helm.sh/helm/v4/internal/plugin/installer helm.sh/helm/v4/internal/third_party/dep/fs helm.sh/helm/v4/internal/fileutil"
	"github.com/aws/aws-lambda-runtime-interface-emulator v0.0.0-20261030222936-bef5c4ba774d github.com/aws/aws-lambda-runtime-interface-emulator/internal/lambda/..."
	"github.com/dbos-inc/dbos-transact-golang v1.9.0 github.com/dbos-inc/dbos-transact-golang/dbos github.com/dbos-inc/dbos-transact-golang/dbos/internal/sysdb github.com/dbos-inc/dbos-transact-golang/dbos/driver/sqlite"
	"github.com/libp2p/go-libp2p-pubsub v0.19.0 github.com/libp2p/go-libp2p-pubsub"
	"github.com/twmb/franz-go/pkg/kadm v1.20.0 github.com/twmb/franz-go/pkg/kadm"
	"github.com/anchore/stereoscope v0.4.2 github.com/anchore/stereoscope github.com/anchore/stereoscope/pkg/file github.com/anchore/stereoscope/pkg/image github.com/anchore/stereoscope/pkg/image/docker github.com/anchore/stereoscope/pkg/image/oci github.com/anchore/stereoscope/pkg/image/sif github.com/anchore/stereoscope/pkg/image/containerd github.com/anchore/stereoscope/internal/podman github.com/anchore/stereoscope/internal/docker"
	"github.com/stripe/stripe-go/v82 v82.5.1 github.com/stripe/stripe-go/v82 github.com/stripe/stripe-go/v82/form github.com/stripe/stripe-go/v82/webhook"
	"github.com/ydb-platform/ydb-go-sdk/v3 v3.157.0 github.com/ydb-platform/ydb-go-sdk/v3 github.com/ydb-platform/ydb-go-sdk/v3/internal/conn github.com/ydb-platform/ydb-go-sdk/v3/internal/pool github.com/ydb-platform/ydb-go-sdk/v3/internal/query github.com/ydb-platform/ydb-go-sdk/v3/internal/balancer github.com/ydb-platform/ydb-go-sdk/v3/internal/xsql/... github.com/ydb-platform/ydb-go-sdk/v3/internal/coordination github.com/ydb-platform/ydb-go-sdk/v3/internal/table"
	"github.com/kurrent-io/KurrentDB-Client-Go v1.4.2 github.com/kurrent-io/KurrentDB-Client-Go/kurrentdb"
	"github.com/yapingcat/gomedia v0.0.0-20240906162731-17feea57090c github.com/yapingcat/gomedia/go-rtmp github.com/yapingcat/gomedia/go-rtsp github.com/yapingcat/gomedia/go-mp4 github.com/yapingcat/gomedia/go-flv"
	"github.com/tdrn-org/go-tr064 v0.4.1 github.com/tdrn-org/go-tr064 github.com/tdrn-org/go-tr064/mesh"
	"github.com/simpleforce/simpleforce v0.0.0-20220429021116-acf4ac67ef68 github.com/simpleforce/simpleforce"
)
heldout34=(
	"github.com/Azure/azure-sdk-for-go/sdk/azcore v1.24.0 github.com/Azure/azure-sdk-for-go/sdk/azcore/..."
	"github.com/vbauerster/mpb/v8 v8.16.2 github.com/vbauerster/mpb/v8 github.com/vbauerster/mpb/v8/decor"
	"github.com/livekit/mediatransportutil v0.0.0-20261014192331-dd8e31a0adc0 github.com/livekit/mediatransportutil/..."
	"github.com/sylabs/scs-build-client v0.9.21 github.com/sylabs/scs-build-client/client"
	"gocloud.dev/pubsub/rabbitpubsub v0.49.0 gocloud.dev/pubsub/rabbitpubsub"
	"pault.ag/go/debian v0.21.4 pault.ag/go/debian/deb pault.ag/go/debian/control pault.ag/go/debian/dependency"
	"github.com/thedatashed/xlsxreader v1.2.8 github.com/thedatashed/xlsxreader"
	"go.digitalxero.dev/rpm v0.3.4 go.digitalxero.dev/rpm/..."
	"github.com/open-telemetry/opentelemetry-collector-contrib/exporter/fileexporter v0.161.0 github.com/open-telemetry/opentelemetry-collector-contrib/exporter/fileexporter"
	"github.com/open-telemetry/opentelemetry-collector-contrib/extension/storage/filestorage v0.161.0 github.com/open-telemetry/opentelemetry-collector-contrib/extension/storage/filestorage"
	"vitess.io/vitess v0.24.4 vitess.io/vitess/go/mysql vitess.io/vitess/go/netutil vitess.io/vitess/go/vt/vttls"
	"filippo.io/age v1.3.2 filippo.io/age filippo.io/age/armor filippo.io/age/agessh filippo.io/age/plugin"
	"github.com/stern/stern v1.33.0 github.com/stern/stern/stern"
	"github.com/seaweedfs/seaweedfs v0.0.0-20261109003541-7506e5f91cd6 github.com/seaweedfs/seaweedfs/weed/util/http github.com/seaweedfs/seaweedfs/weed/operation github.com/seaweedfs/seaweedfs/weed/wdclient"
	"github.com/containerd/containerd/v2 v2.4.2 github.com/containerd/containerd/v2/core/remotes/docker github.com/containerd/containerd/v2/core/images/archive"
	"tailscale.com/client/tailscale/v2 v2.12.0 tailscale.com/client/tailscale/v2"
	"github.com/ory/x v0.0.729 github.com/ory/x/sqlcon github.com/ory/x/httpx github.com/ory/x/fetcher github.com/ory/x/popx"
	"golang.org/x/pkgsite v0.6.0 golang.org/x/pkgsite/internal/fetch golang.org/x/pkgsite/internal/source golang.org/x/pkgsite/internal/proxy"
	"golang.org/x/telemetry v0.0.0-20261111153349-cdaf7e97dd7b golang.org/x/telemetry/internal/upload golang.org/x/telemetry/internal/counter golang.org/x/telemetry/internal/mmap golang.org/x/telemetry/internal/crashmonitor"
	"golang.org/x/perf v0.0.0-20260908200009-22c9c6c9d4da golang.org/x/perf/storage/db golang.org/x/perf/storage"
)
heldout35=(
	"github.com/libp2p/go-libp2p-kad-dht v0.42.2 github.com/libp2p/go-libp2p-kad-dht github.com/libp2p/go-libp2p-kad-dht/internal/net"
	"github.com/bufbuild/buf v1.75.0 github.com/bufbuild/buf/private/pkg/storage/..."
	"github.com/fluxcd/pkg/gittestserver v0.25.0 github.com/fluxcd/pkg/gittestserver"
	"github.com/google/gopacket v1.1.19 github.com/google/gopacket/pcapgo github.com/google/gopacket/tcpassembly/..."
	"github.com/awslabs/soci-snapshotter v0.16.1 github.com/awslabs/soci-snapshotter/ztoc/... github.com/awslabs/soci-snapshotter/soci"
	"golang.org/x/vuln v1.9.0 golang.org/x/vuln/internal/client golang.org/x/vuln/internal/vulncheck"
	"github.com/rhysd/actionlint v1.7.12 github.com/rhysd/actionlint"
	"filippo.io/torchwood v0.6.1 filippo.io/torchwood"
	"github.com/synadia-io/orbit.go/natsext v0.1.4 github.com/synadia-io/orbit.go/natsext"
	"github.com/synadia-io/orbit.go/jetstreamext v0.4.0 github.com/synadia-io/orbit.go/jetstreamext"
	"github.com/anchore/syft v1.57.2 github.com/anchore/syft/syft/file github.com/anchore/syft/syft/internal/fileresolver github.com/anchore/syft/syft/source/directorysource github.com/anchore/syft/syft/source/filesource"
)

heldout36=(
	"github.com/tliron/glsp v0.2.2 github.com/tliron/glsp/server"
	"github.com/xo/dburl v0.58.0 github.com/xo/dburl"
	"github.com/reviewdog/reviewdog v0.21.0 github.com/reviewdog/reviewdog github.com/reviewdog/reviewdog/service/... github.com/reviewdog/reviewdog/parser github.com/reviewdog/reviewdog/project github.com/reviewdog/reviewdog/cienv github.com/reviewdog/reviewdog/diff"
	"github.com/sassoftware/relic/v8 v8.2.0 github.com/sassoftware/relic/v8/lib/..."
	"github.com/digitorus/pdfsign v0.0.0-20250819064552-5f74f69dda1d github.com/digitorus/pdfsign/sign github.com/digitorus/pdfsign/verify github.com/digitorus/pdfsign/revocation"
	"github.com/tmc/langchaingo v0.1.14 github.com/tmc/langchaingo/llms/openai/... github.com/tmc/langchaingo/llms/ollama/... github.com/tmc/langchaingo/llms/anthropic/... github.com/tmc/langchaingo/documentloaders github.com/tmc/langchaingo/httputil"
	"github.com/starfederation/datastar-go v1.2.2 github.com/starfederation/datastar-go/datastar"
	"github.com/MicahParks/jwkset v0.11.4 github.com/MicahParks/jwkset"
	"github.com/gpustack/gguf-parser-go v0.28.2 github.com/gpustack/gguf-parser-go github.com/gpustack/gguf-parser-go/util/..."
	"github.com/sigstore/timestamp-authority/v2 v2.1.3 github.com/sigstore/timestamp-authority/v2/pkg/..."
	"go.temporal.io/sdk v1.51.0 go.temporal.io/sdk/internal go.temporal.io/sdk/client"
	"github.com/google/go-jsonnet v0.22.0 github.com/google/go-jsonnet"
	"github.com/goreleaser/chglog v0.7.4 github.com/goreleaser/chglog"
	"gorm.io/driver/postgres v1.6.3 gorm.io/driver/postgres"
	"github.com/sigstore/rekor v1.5.4 github.com/sigstore/rekor/pkg/client github.com/sigstore/rekor/pkg/util github.com/sigstore/rekor/pkg/pki/..."
	"github.com/FerretDB/FerretDB v1.24.2 github.com/FerretDB/FerretDB/internal/clientconn/... github.com/FerretDB/FerretDB/internal/backends/..."
)

heldout37=(
	"github.com/danielgtaylor/huma/v2 v2.37.2 github.com/danielgtaylor/huma/v2 github.com/danielgtaylor/huma/v2/humacli github.com/danielgtaylor/huma/v2/sse"
	"github.com/pb33f/libopenapi v0.42.5 github.com/pb33f/libopenapi/index github.com/pb33f/libopenapi/utils"
	"github.com/oasdiff/kin-openapi v0.136.0 github.com/oasdiff/kin-openapi/openapi3 github.com/oasdiff/kin-openapi/openapi3filter"
	"github.com/samber/do/v2 v2.0.0 github.com/samber/do/v2"
	"github.com/hashicorp/terraform-plugin-sdk/v2 v2.40.1 github.com/hashicorp/terraform-plugin-sdk/v2/plugin github.com/hashicorp/terraform-plugin-sdk/v2/helper/schema"
	"github.com/nlpodyssey/safetensors v0.0.0-20250209183917-bfb01cc25f7c github.com/nlpodyssey/safetensors"
	"github.com/open-feature/go-sdk v1.20.0 github.com/open-feature/go-sdk/openfeature"
	"github.com/aws-cloudformation/rain v1.24.4 github.com/aws-cloudformation/rain/internal/node github.com/aws-cloudformation/rain/internal/s11n github.com/aws-cloudformation/rain/cft/..."
	"github.com/a-h/templ v0.3.1118 github.com/a-h/templ github.com/a-h/templ/generator github.com/a-h/templ/cmd/templ/generatecmd"
	"github.com/bazelbuild/buildtools v0.0.0-20260904073137-eaa4d125b423 github.com/bazelbuild/buildtools/build github.com/bazelbuild/buildtools/file github.com/bazelbuild/buildtools/wspace"
	"github.com/mgechev/revive v1.17.0 github.com/mgechev/revive/lint github.com/mgechev/revive/config"
	"github.com/tdewolff/minify/v2 v2.25.0 github.com/tdewolff/minify/v2 github.com/tdewolff/minify/v2/html github.com/tdewolff/minify/v2/css github.com/tdewolff/minify/v2/js"
	"github.com/sourcegraph/conc v0.3.0 github.com/sourcegraph/conc/..."
	"github.com/panjf2000/ants/v2 v2.12.1 github.com/panjf2000/ants/v2"
	"github.com/vektra/mockery/v3 v3.9.1 github.com/vektra/mockery/v3/internal"
	"github.com/swaggo/swag v1.16.6 github.com/swaggo/swag github.com/swaggo/swag/gen"
)
heldout38=(
	"k8s.io/streaming v0.37.2 k8s.io/streaming/..."
	"k8s.io/cri-client v0.37.2 k8s.io/cri-client/pkg/..."
	"go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp v0.72.0 go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp"
	"github.com/open-telemetry/opentelemetry-collector-contrib/exporter/syslogexporter v0.148.0 github.com/open-telemetry/opentelemetry-collector-contrib/exporter/syslogexporter"
	"github.com/cilium/statedb v0.9.4 github.com/cilium/statedb github.com/cilium/statedb/reconciler"
	"github.com/pashagolub/pgxmock/v4 v4.9.0 github.com/pashagolub/pgxmock/v4"
	"k8s.io/client-go v0.37.2 k8s.io/client-go/rest k8s.io/client-go/tools/portforward k8s.io/client-go/transport/spdy k8s.io/client-go/tools/remotecommand"
	"gorm.io/driver/mysql v1.5.7 gorm.io/driver/mysql"
	"github.com/rs/zerolog v1.35.1 github.com/rs/zerolog github.com/rs/zerolog/diode github.com/rs/zerolog/journald github.com/rs/zerolog/cmd/prettylog"
	"codeberg.org/sbinet/npyio v0.14.0 codeberg.org/sbinet/npyio/..."
	"github.com/attestantio/go-eth2-client v0.30.1 github.com/attestantio/go-eth2-client/http"
	"github.com/aiven/go-client-codegen v0.239.0 github.com/aiven/go-client-codegen"
	"github.com/awslabs/amazon-ecr-credential-helper/ecr-login v0.13.0 github.com/awslabs/amazon-ecr-credential-helper/ecr-login/..."
	"github.com/julienschmidt/httprouter v1.3.0 github.com/julienschmidt/httprouter"
	"github.com/grpc-ecosystem/go-grpc-middleware/v2 v2.3.4 github.com/grpc-ecosystem/go-grpc-middleware/v2/interceptors/..."
	"periph.io/x/conn/v3 v3.7.3 periph.io/x/conn/v3/..."
)
heldout39=(
	"github.com/cockroachdb/pebble/v2 v2.1.7 github.com/cockroachdb/pebble/v2/vfs/... github.com/cockroachdb/pebble/v2/wal github.com/cockroachdb/pebble/v2/record github.com/cockroachdb/pebble/v2/objstorage/objstorageprovider/..."
	"github.com/opencontainers/runc v1.5.3 github.com/opencontainers/runc/libcontainer/..."
	"google.golang.org/grpc v1.85.0 google.golang.org/grpc/internal/transport google.golang.org/grpc/credentials/alts/... google.golang.org/grpc/internal/binarylog google.golang.org/grpc/health google.golang.org/grpc/reflection"
	"github.com/couchbase/gocb/v2 v2.11.1 github.com/couchbase/gocb/v2"
	"gitlab.com/gitlab-org/api/client-go v1.46.0 gitlab.com/gitlab-org/api/client-go"
	"github.com/MicahParks/jwkset v0.11.4 github.com/MicahParks/jwkset"
	"github.com/MicahParks/keyfunc/v3 v3.9.2 github.com/MicahParks/keyfunc/v3"
	"github.com/ory/mail/v3 v3.0.0 github.com/ory/mail/v3"
	"github.com/go-openapi/loads v0.25.4 github.com/go-openapi/loads/..."
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracegrpc v1.47.0 go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracegrpc/..."
	"github.com/landlock-lsm/go-landlock v0.11.2 github.com/landlock-lsm/go-landlock/..."
	"github.com/NVIDIA/go-nvlib v0.13.0 github.com/NVIDIA/go-nvlib/..."
	"github.com/open-telemetry/opentelemetry-collector-contrib/receiver/fluentforwardreceiver v0.165.1 github.com/open-telemetry/opentelemetry-collector-contrib/receiver/fluentforwardreceiver"
	"github.com/grafana/grafana-plugin-sdk-go v0.300.0 github.com/grafana/grafana-plugin-sdk-go/backend/..."
	"github.com/oracle/oci-go-sdk/v65 v65.131.0 github.com/oracle/oci-go-sdk/v65/common github.com/oracle/oci-go-sdk/v65/common/auth"
	"github.com/ipfs/kubo v0.43.1 github.com/ipfs/kubo/client/rpc"
)
heldout40=(
	"github.com/EventStore/EventStore-Client-Go/v3 v3.3.0 github.com/EventStore/EventStore-Client-Go/v3/esdb"
	"github.com/osrg/gobgp/v3 v3.37.0 github.com/osrg/gobgp/v3/pkg/apiutil github.com/osrg/gobgp/v3/pkg/config github.com/osrg/gobgp/v3/pkg/config/oc github.com/osrg/gobgp/v3/pkg/log github.com/osrg/gobgp/v3/pkg/metrics github.com/osrg/gobgp/v3/pkg/packet/bgp github.com/osrg/gobgp/v3/pkg/packet/bmp github.com/osrg/gobgp/v3/pkg/packet/mrt github.com/osrg/gobgp/v3/pkg/packet/rtr github.com/osrg/gobgp/v3/pkg/server github.com/osrg/gobgp/v3/pkg/zebra github.com/osrg/gobgp/v3/internal/pkg/table github.com/osrg/gobgp/v3/internal/pkg/version"
	"github.com/nlnwa/gowarc v1.6.0 github.com/nlnwa/gowarc/..."
	"github.com/go-git/go-billy/v6 v6.0.0-beta.1 github.com/go-git/go-billy/v6 github.com/go-git/go-billy/v6/embedfs github.com/go-git/go-billy/v6/helper/chroot github.com/go-git/go-billy/v6/helper/iofs github.com/go-git/go-billy/v6/helper/mount github.com/go-git/go-billy/v6/helper/polyfill github.com/go-git/go-billy/v6/helper/temporal github.com/go-git/go-billy/v6/memfs github.com/go-git/go-billy/v6/osfs github.com/go-git/go-billy/v6/util"
	"helm.sh/helm/v4 v4.3.2 helm.sh/helm/v4/pkg/action helm.sh/helm/v4/pkg/chart helm.sh/helm/v4/pkg/chart/common helm.sh/helm/v4/pkg/chart/common/util helm.sh/helm/v4/pkg/chart/loader helm.sh/helm/v4/pkg/chart/loader/archive helm.sh/helm/v4/pkg/chart/v2 helm.sh/helm/v4/pkg/chart/v2/lint helm.sh/helm/v4/pkg/chart/v2/lint/rules helm.sh/helm/v4/pkg/chart/v2/lint/support helm.sh/helm/v4/pkg/chart/v2/loader helm.sh/helm/v4/pkg/chart/v2/util helm.sh/helm/v4/pkg/cli helm.sh/helm/v4/pkg/cli/output helm.sh/helm/v4/pkg/cli/values helm.sh/helm/v4/pkg/cmd helm.sh/helm/v4/pkg/downloader helm.sh/helm/v4/pkg/engine helm.sh/helm/v4/pkg/gates helm.sh/helm/v4/pkg/getter helm.sh/helm/v4/pkg/helmpath helm.sh/helm/v4/pkg/helmpath/xdg helm.sh/helm/v4/pkg/ignore helm.sh/helm/v4/pkg/kube helm.sh/helm/v4/pkg/kube/fake helm.sh/helm/v4/pkg/kubeenv helm.sh/helm/v4/pkg/postrenderer helm.sh/helm/v4/pkg/provenance helm.sh/helm/v4/pkg/pusher helm.sh/helm/v4/pkg/registry helm.sh/helm/v4/pkg/release helm.sh/helm/v4/pkg/release/common helm.sh/helm/v4/pkg/release/v1 helm.sh/helm/v4/pkg/release/v1/util helm.sh/helm/v4/pkg/repo/v1 helm.sh/helm/v4/pkg/repo/v1/repotest helm.sh/helm/v4/pkg/storage helm.sh/helm/v4/pkg/storage/driver helm.sh/helm/v4/pkg/strvals helm.sh/helm/v4/pkg/uploader helm.sh/helm/v4/internal/chart/v3 helm.sh/helm/v4/internal/chart/v3/lint helm.sh/helm/v4/internal/chart/v3/lint/rules helm.sh/helm/v4/internal/chart/v3/lint/support helm.sh/helm/v4/internal/chart/v3/loader helm.sh/helm/v4/internal/chart/v3/util helm.sh/helm/v4/internal/cli/output helm.sh/helm/v4/internal/copystructure helm.sh/helm/v4/internal/fileutil helm.sh/helm/v4/internal/gates helm.sh/helm/v4/internal/logging helm.sh/helm/v4/internal/monocular helm.sh/helm/v4/internal/plugin helm.sh/helm/v4/internal/plugin/cache helm.sh/helm/v4/internal/plugin/installer helm.sh/helm/v4/internal/plugin/schema helm.sh/helm/v4/internal/release/v2 helm.sh/helm/v4/internal/release/v2/util helm.sh/helm/v4/internal/resolver helm.sh/helm/v4/internal/statusreaders helm.sh/helm/v4/internal/sympath helm.sh/helm/v4/internal/third_party/dep/fs helm.sh/helm/v4/internal/third_party/k8s.io/kubernetes/deployment/util helm.sh/helm/v4/internal/tlsutil helm.sh/helm/v4/internal/urlutil helm.sh/helm/v4/internal/version"
	"github.com/zishang520/socket.io/servers/socket/v3 v3.0.6 github.com/zishang520/socket.io/servers/socket/v3"
	"github.com/zishang520/socket.io/servers/engine/v3 v3.0.6 github.com/zishang520/socket.io/servers/engine/v3 github.com/zishang520/socket.io/servers/engine/v3/config github.com/zishang520/socket.io/servers/engine/v3/errors github.com/zishang520/socket.io/servers/engine/v3/transports"
	"github.com/shenwei356/bio v0.15.2 github.com/shenwei356/bio/..."
	"sigs.k8s.io/kind v0.33.0 sigs.k8s.io/kind/pkg/apis/config/defaults sigs.k8s.io/kind/pkg/apis/config/v1alpha4 sigs.k8s.io/kind/pkg/build/nodeimage sigs.k8s.io/kind/pkg/build/nodeimage/internal/container/docker sigs.k8s.io/kind/pkg/build/nodeimage/internal/kube sigs.k8s.io/kind/pkg/cluster sigs.k8s.io/kind/pkg/cluster/constants sigs.k8s.io/kind/pkg/cluster/internal/create sigs.k8s.io/kind/pkg/cluster/internal/create/actions sigs.k8s.io/kind/pkg/cluster/internal/create/actions/config sigs.k8s.io/kind/pkg/cluster/internal/create/actions/installcni sigs.k8s.io/kind/pkg/cluster/internal/create/actions/installstorage sigs.k8s.io/kind/pkg/cluster/internal/create/actions/kubeadminit sigs.k8s.io/kind/pkg/cluster/internal/create/actions/kubeadmjoin sigs.k8s.io/kind/pkg/cluster/internal/create/actions/loadbalancer sigs.k8s.io/kind/pkg/cluster/internal/create/actions/waitforready sigs.k8s.io/kind/pkg/cluster/internal/delete sigs.k8s.io/kind/pkg/cluster/internal/kubeadm sigs.k8s.io/kind/pkg/cluster/internal/kubeconfig sigs.k8s.io/kind/pkg/cluster/internal/kubeconfig/internal/kubeconfig sigs.k8s.io/kind/pkg/cluster/internal/loadbalancer sigs.k8s.io/kind/pkg/cluster/internal/logs sigs.k8s.io/kind/pkg/cluster/internal/providers sigs.k8s.io/kind/pkg/cluster/internal/providers/common sigs.k8s.io/kind/pkg/cluster/internal/providers/docker sigs.k8s.io/kind/pkg/cluster/internal/providers/nerdctl sigs.k8s.io/kind/pkg/cluster/internal/providers/podman sigs.k8s.io/kind/pkg/cluster/nodes sigs.k8s.io/kind/pkg/cluster/nodeutils sigs.k8s.io/kind/pkg/cmd sigs.k8s.io/kind/pkg/errors sigs.k8s.io/kind/pkg/exec sigs.k8s.io/kind/pkg/fs sigs.k8s.io/kind/pkg/internal/apis/config sigs.k8s.io/kind/pkg/internal/apis/config/encoding sigs.k8s.io/kind/pkg/internal/assert sigs.k8s.io/kind/pkg/internal/cli sigs.k8s.io/kind/pkg/internal/env sigs.k8s.io/kind/pkg/internal/integration sigs.k8s.io/kind/pkg/internal/patch sigs.k8s.io/kind/pkg/internal/runtime sigs.k8s.io/kind/pkg/internal/sets sigs.k8s.io/kind/pkg/internal/version sigs.k8s.io/kind/pkg/log"
	"go.step.sm/crypto v0.92.0 go.step.sm/crypto/fingerprint go.step.sm/crypto/fipsutil go.step.sm/crypto/internal/bcrypt_pbkdf go.step.sm/crypto/internal/emoji go.step.sm/crypto/internal/templates go.step.sm/crypto/internal/termutil go.step.sm/crypto/internal/utils/asn1 go.step.sm/crypto/internal/utils/convert go.step.sm/crypto/internal/utils/cryptoutil go.step.sm/crypto/internal/utils/file go.step.sm/crypto/internal/utils/utfbom go.step.sm/crypto/jose go.step.sm/crypto/keyutil go.step.sm/crypto/kms go.step.sm/crypto/kms/apiv1 go.step.sm/crypto/kms/awskms go.step.sm/crypto/kms/azurekms go.step.sm/crypto/kms/capi go.step.sm/crypto/kms/cloudkms go.step.sm/crypto/kms/mackms go.step.sm/crypto/kms/pkcs11 go.step.sm/crypto/kms/platform go.step.sm/crypto/kms/softkms go.step.sm/crypto/kms/sshagentkms go.step.sm/crypto/kms/tpmkms go.step.sm/crypto/kms/uri go.step.sm/crypto/kms/yubikey go.step.sm/crypto/minica go.step.sm/crypto/mldsa go.step.sm/crypto/nssdb go.step.sm/crypto/pemutil go.step.sm/crypto/randutil go.step.sm/crypto/sshutil go.step.sm/crypto/tlsutil go.step.sm/crypto/tpm go.step.sm/crypto/tpm/algorithm go.step.sm/crypto/tpm/attestation go.step.sm/crypto/tpm/available go.step.sm/crypto/tpm/internal/close go.step.sm/crypto/tpm/internal/key go.step.sm/crypto/tpm/internal/open go.step.sm/crypto/tpm/internal/socket go.step.sm/crypto/tpm/manufacturer go.step.sm/crypto/tpm/rand go.step.sm/crypto/tpm/simulator go.step.sm/crypto/tpm/skae go.step.sm/crypto/tpm/storage go.step.sm/crypto/tpm/tss2 go.step.sm/crypto/x25519 go.step.sm/crypto/x509util"
	"github.com/NVIDIA/nvidia-container-toolkit v1.20.2 github.com/NVIDIA/nvidia-container-toolkit/internal/config/image github.com/NVIDIA/nvidia-container-toolkit/internal/cuda github.com/NVIDIA/nvidia-container-toolkit/internal/devices github.com/NVIDIA/nvidia-container-toolkit/internal/discover github.com/NVIDIA/nvidia-container-toolkit/internal/dxcore github.com/NVIDIA/nvidia-container-toolkit/internal/edits github.com/NVIDIA/nvidia-container-toolkit/internal/info github.com/NVIDIA/nvidia-container-toolkit/internal/info/cgroup github.com/NVIDIA/nvidia-container-toolkit/internal/info/drm github.com/NVIDIA/nvidia-container-toolkit/internal/info/proc github.com/NVIDIA/nvidia-container-toolkit/internal/info/proc/devices github.com/NVIDIA/nvidia-container-toolkit/internal/ldcache github.com/NVIDIA/nvidia-container-toolkit/internal/ldconfig github.com/NVIDIA/nvidia-container-toolkit/internal/logger github.com/NVIDIA/nvidia-container-toolkit/internal/lookup/root github.com/NVIDIA/nvidia-container-toolkit/internal/modifier github.com/NVIDIA/nvidia-container-toolkit/internal/modifier/cdi github.com/NVIDIA/nvidia-container-toolkit/internal/nvcaps github.com/NVIDIA/nvidia-container-toolkit/internal/nvsandboxutils github.com/NVIDIA/nvidia-container-toolkit/internal/nvsandboxutils/gen/nvsandboxutils github.com/NVIDIA/nvidia-container-toolkit/internal/oci github.com/NVIDIA/nvidia-container-toolkit/internal/platform-support/dgpu github.com/NVIDIA/nvidia-container-toolkit/internal/platform-support/tegra github.com/NVIDIA/nvidia-container-toolkit/internal/platform-support/tegra/csv github.com/NVIDIA/nvidia-container-toolkit/internal/requirements github.com/NVIDIA/nvidia-container-toolkit/internal/requirements/constraints github.com/NVIDIA/nvidia-container-toolkit/internal/runtime github.com/NVIDIA/nvidia-container-toolkit/internal/utils github.com/NVIDIA/nvidia-container-toolkit/pkg/config github.com/NVIDIA/nvidia-container-toolkit/pkg/config/engine github.com/NVIDIA/nvidia-container-toolkit/pkg/config/engine/containerd github.com/NVIDIA/nvidia-container-toolkit/pkg/config/engine/crio github.com/NVIDIA/nvidia-container-toolkit/pkg/config/engine/docker github.com/NVIDIA/nvidia-container-toolkit/pkg/config/ocihook github.com/NVIDIA/nvidia-container-toolkit/pkg/config/toml github.com/NVIDIA/nvidia-container-toolkit/pkg/lookup github.com/NVIDIA/nvidia-container-toolkit/pkg/lookup/symlinks github.com/NVIDIA/nvidia-container-toolkit/pkg/nvcdi github.com/NVIDIA/nvidia-container-toolkit/pkg/nvcdi/spec github.com/NVIDIA/nvidia-container-toolkit/pkg/nvcdi/transform github.com/NVIDIA/nvidia-container-toolkit/pkg/nvcdi/transform/noop github.com/NVIDIA/nvidia-container-toolkit/pkg/nvcdi/transform/root github.com/NVIDIA/nvidia-container-toolkit/pkg/system/nvdevices github.com/NVIDIA/nvidia-container-toolkit/pkg/system/nvmodules"
	"github.com/fluxcd/pkg/artifact v0.18.0 github.com/fluxcd/pkg/artifact/..."
	"sigsum.org/sigsum-go v0.14.1 sigsum.org/sigsum-go/pkg/api sigsum.org/sigsum-go/pkg/ascii sigsum.org/sigsum-go/pkg/checkpoint sigsum.org/sigsum-go/pkg/client sigsum.org/sigsum-go/pkg/crypto sigsum.org/sigsum-go/pkg/key sigsum.org/sigsum-go/pkg/log sigsum.org/sigsum-go/pkg/merkle sigsum.org/sigsum-go/pkg/monitor sigsum.org/sigsum-go/pkg/policy sigsum.org/sigsum-go/pkg/proof sigsum.org/sigsum-go/pkg/requests sigsum.org/sigsum-go/pkg/server sigsum.org/sigsum-go/pkg/submit sigsum.org/sigsum-go/pkg/submit-token sigsum.org/sigsum-go/pkg/types sigsum.org/sigsum-go/internal/ssh sigsum.org/sigsum-go/internal/ui sigsum.org/sigsum-go/internal/version"
	"github.com/livekit/server-sdk-go/v2 v2.20.0 github.com/livekit/server-sdk-go/v2 github.com/livekit/server-sdk-go/v2/datatrack github.com/livekit/server-sdk-go/v2/e2ee github.com/livekit/server-sdk-go/v2/e2ee/types github.com/livekit/server-sdk-go/v2/internal/datatrack github.com/livekit/server-sdk-go/v2/pkg/cloudagents github.com/livekit/server-sdk-go/v2/pkg/interceptor github.com/livekit/server-sdk-go/v2/pkg/media github.com/livekit/server-sdk-go/v2/pkg/oggreader github.com/livekit/server-sdk-go/v2/pkg/samplebuilder github.com/livekit/server-sdk-go/v2/pkg/synchronizer github.com/livekit/server-sdk-go/v2/signalling"
	"github.com/CycloneDX/cyclonedx-gomod v1.10.0 github.com/CycloneDX/cyclonedx-gomod/internal/cli github.com/CycloneDX/cyclonedx-gomod/internal/cli/options github.com/CycloneDX/cyclonedx-gomod/internal/cli/util github.com/CycloneDX/cyclonedx-gomod/internal/gocmd github.com/CycloneDX/cyclonedx-gomod/internal/gomod github.com/CycloneDX/cyclonedx-gomod/internal/sbom github.com/CycloneDX/cyclonedx-gomod/internal/sbom/convert/file github.com/CycloneDX/cyclonedx-gomod/internal/sbom/convert/module github.com/CycloneDX/cyclonedx-gomod/internal/sbom/convert/pkg github.com/CycloneDX/cyclonedx-gomod/internal/util github.com/CycloneDX/cyclonedx-gomod/internal/version github.com/CycloneDX/cyclonedx-gomod/pkg/generate github.com/CycloneDX/cyclonedx-gomod/pkg/generate/app github.com/CycloneDX/cyclonedx-gomod/pkg/generate/bin github.com/CycloneDX/cyclonedx-gomod/pkg/generate/mod github.com/CycloneDX/cyclonedx-gomod/pkg/licensedetect github.com/CycloneDX/cyclonedx-gomod/pkg/licensedetect/local"
	"rsc.io/script v0.0.2 rsc.io/script/..."
)
heldout41=(
	"github.com/open-policy-agent/opa v1.22.4 github.com/open-policy-agent/opa/v1/bundle github.com/open-policy-agent/opa/v1/download github.com/open-policy-agent/opa/v1/keys github.com/open-policy-agent/opa/v1/plugins github.com/open-policy-agent/opa/v1/plugins/bundle github.com/open-policy-agent/opa/v1/plugins/discovery github.com/open-policy-agent/opa/v1/plugins/logger/file github.com/open-policy-agent/opa/v1/plugins/logs github.com/open-policy-agent/opa/v1/plugins/logs/status github.com/open-policy-agent/opa/v1/plugins/rest github.com/open-policy-agent/opa/v1/plugins/server/decoding github.com/open-policy-agent/opa/v1/plugins/server/encoding github.com/open-policy-agent/opa/v1/plugins/server/metrics github.com/open-policy-agent/opa/v1/plugins/status github.com/open-policy-agent/opa/v1/server github.com/open-policy-agent/opa/v1/server/authorizer github.com/open-policy-agent/opa/v1/server/failtracer github.com/open-policy-agent/opa/v1/server/handlers github.com/open-policy-agent/opa/v1/server/identifier github.com/open-policy-agent/opa/v1/server/types github.com/open-policy-agent/opa/v1/server/writer github.com/open-policy-agent/opa/v1/storage/disk github.com/open-policy-agent/opa/v1/util github.com/open-policy-agent/opa/v1/util/channel github.com/open-policy-agent/opa/v1/util/decoding github.com/open-policy-agent/opa/v1/sdk"
	"github.com/influxdata/influxdb v1.13.2 github.com/influxdata/influxdb/services/collectd github.com/influxdata/influxdb/services/collectd/test_client github.com/influxdata/influxdb/services/continuous_querier github.com/influxdata/influxdb/services/graphite github.com/influxdata/influxdb/services/httpd github.com/influxdata/influxdb/services/meta github.com/influxdata/influxdb/services/meta/internal github.com/influxdata/influxdb/services/opentsdb github.com/influxdata/influxdb/services/precreator github.com/influxdata/influxdb/services/retention github.com/influxdata/influxdb/services/retention/helpers github.com/influxdata/influxdb/services/snapshotter github.com/influxdata/influxdb/services/storage github.com/influxdata/influxdb/services/subscriber github.com/influxdata/influxdb/services/udp github.com/influxdata/influxdb/pkg/binaryutil github.com/influxdata/influxdb/pkg/bloom github.com/influxdata/influxdb/pkg/bytesutil github.com/influxdata/influxdb/pkg/data/gen github.com/influxdata/influxdb/pkg/data/gensyncmap github.com/influxdata/influxdb/pkg/deep github.com/influxdata/influxdb/pkg/encoding/simple8b github.com/influxdata/influxdb/pkg/errors github.com/influxdata/influxdb/pkg/escape github.com/influxdata/influxdb/pkg/estimator github.com/influxdata/influxdb/pkg/estimator/hll github.com/influxdata/influxdb/pkg/file github.com/influxdata/influxdb/pkg/limiter github.com/influxdata/influxdb/pkg/metrics github.com/influxdata/influxdb/pkg/mmap github.com/influxdata/influxdb/pkg/pool github.com/influxdata/influxdb/pkg/pprofutil github.com/influxdata/influxdb/pkg/radix github.com/influxdata/influxdb/pkg/reporthelper github.com/influxdata/influxdb/pkg/rhh github.com/influxdata/influxdb/pkg/slices github.com/influxdata/influxdb/pkg/snowflake github.com/influxdata/influxdb/pkg/tar github.com/influxdata/influxdb/pkg/testttp github.com/influxdata/influxdb/pkg/tlsconfig github.com/influxdata/influxdb/pkg/tracing github.com/influxdata/influxdb/pkg/tracing/fields github.com/influxdata/influxdb/pkg/tracing/labels github.com/influxdata/influxdb/pkg/tracing/wire github.com/influxdata/influxdb/tsdb/engine/tsm1"
	"github.com/sqlc-dev/sqlc v1.31.1 github.com/sqlc-dev/sqlc/internal/analysis github.com/sqlc-dev/sqlc/internal/analyzer github.com/sqlc-dev/sqlc/internal/bundler github.com/sqlc-dev/sqlc/internal/cache github.com/sqlc-dev/sqlc/internal/cmd github.com/sqlc-dev/sqlc/internal/codegen/golang github.com/sqlc-dev/sqlc/internal/codegen/golang/opts github.com/sqlc-dev/sqlc/internal/codegen/json github.com/sqlc-dev/sqlc/internal/codegen/sdk github.com/sqlc-dev/sqlc/internal/compiler github.com/sqlc-dev/sqlc/internal/config github.com/sqlc-dev/sqlc/internal/config/convert github.com/sqlc-dev/sqlc/internal/constants github.com/sqlc-dev/sqlc/internal/dbmanager github.com/sqlc-dev/sqlc/internal/debug github.com/sqlc-dev/sqlc/internal/engine/clickhouse github.com/sqlc-dev/sqlc/internal/engine/dolphin github.com/sqlc-dev/sqlc/internal/engine/postgresql github.com/sqlc-dev/sqlc/internal/engine/postgresql/analyzer github.com/sqlc-dev/sqlc/internal/engine/postgresql/contrib github.com/sqlc-dev/sqlc/internal/engine/postgresql/parser github.com/sqlc-dev/sqlc/internal/engine/sqlite github.com/sqlc-dev/sqlc/internal/engine/sqlite/analyzer github.com/sqlc-dev/sqlc/internal/engine/sqlite/parser github.com/sqlc-dev/sqlc/internal/ext github.com/sqlc-dev/sqlc/internal/ext/process github.com/sqlc-dev/sqlc/internal/ext/wasm github.com/sqlc-dev/sqlc/internal/inflection github.com/sqlc-dev/sqlc/internal/info github.com/sqlc-dev/sqlc/internal/metadata github.com/sqlc-dev/sqlc/internal/migrations github.com/sqlc-dev/sqlc/internal/multierr github.com/sqlc-dev/sqlc/internal/opts github.com/sqlc-dev/sqlc/internal/pattern github.com/sqlc-dev/sqlc/internal/pgx/poolcache github.com/sqlc-dev/sqlc/internal/plugin github.com/sqlc-dev/sqlc/internal/quickdb github.com/sqlc-dev/sqlc/internal/quickdb/v1 github.com/sqlc-dev/sqlc/internal/remote github.com/sqlc-dev/sqlc/internal/rpc github.com/sqlc-dev/sqlc/internal/shfmt github.com/sqlc-dev/sqlc/internal/source github.com/sqlc-dev/sqlc/internal/sql/ast github.com/sqlc-dev/sqlc/internal/sql/astutils github.com/sqlc-dev/sqlc/internal/sql/catalog github.com/sqlc-dev/sqlc/internal/sql/format github.com/sqlc-dev/sqlc/internal/sql/info github.com/sqlc-dev/sqlc/internal/sql/lang github.com/sqlc-dev/sqlc/internal/sql/named github.com/sqlc-dev/sqlc/internal/sql/rewrite github.com/sqlc-dev/sqlc/internal/sql/sqlerr github.com/sqlc-dev/sqlc/internal/sql/sqlfile github.com/sqlc-dev/sqlc/internal/sql/sqlpath github.com/sqlc-dev/sqlc/internal/sql/validate github.com/sqlc-dev/sqlc/internal/sqltest github.com/sqlc-dev/sqlc/internal/sqltest/docker github.com/sqlc-dev/sqlc/internal/sqltest/local github.com/sqlc-dev/sqlc/internal/sqltest/native github.com/sqlc-dev/sqlc/internal/tools/sqlc-pg-gen github.com/sqlc-dev/sqlc/internal/tracer github.com/sqlc-dev/sqlc/internal/vet github.com/sqlc-dev/sqlc/internal/x/expander"
	"github.com/outscale/osc-sdk-go/v2 v2.36.0 github.com/outscale/osc-sdk-go/v2"
	"github.com/silenceper/wechat/v2 v2.1.10 github.com/silenceper/wechat/v2 github.com/silenceper/wechat/v2/cache github.com/silenceper/wechat/v2/credential github.com/silenceper/wechat/v2/domain/openapi github.com/silenceper/wechat/v2/internal/openapi github.com/silenceper/wechat/v2/miniprogram github.com/silenceper/wechat/v2/miniprogram/analysis github.com/silenceper/wechat/v2/miniprogram/auth github.com/silenceper/wechat/v2/miniprogram/business github.com/silenceper/wechat/v2/miniprogram/config github.com/silenceper/wechat/v2/miniprogram/content github.com/silenceper/wechat/v2/miniprogram/context github.com/silenceper/wechat/v2/miniprogram/encryptor github.com/silenceper/wechat/v2/miniprogram/express github.com/silenceper/wechat/v2/miniprogram/message github.com/silenceper/wechat/v2/miniprogram/minidrama github.com/silenceper/wechat/v2/miniprogram/operation github.com/silenceper/wechat/v2/miniprogram/order github.com/silenceper/wechat/v2/miniprogram/privacy github.com/silenceper/wechat/v2/miniprogram/qrcode github.com/silenceper/wechat/v2/miniprogram/redpacketcover github.com/silenceper/wechat/v2/miniprogram/riskcontrol github.com/silenceper/wechat/v2/miniprogram/security github.com/silenceper/wechat/v2/miniprogram/shortlink github.com/silenceper/wechat/v2/miniprogram/subscribe github.com/silenceper/wechat/v2/miniprogram/tcb github.com/silenceper/wechat/v2/miniprogram/urllink github.com/silenceper/wechat/v2/miniprogram/urlscheme github.com/silenceper/wechat/v2/miniprogram/virtualpayment github.com/silenceper/wechat/v2/miniprogram/werun github.com/silenceper/wechat/v2/officialaccount github.com/silenceper/wechat/v2/officialaccount/basic github.com/silenceper/wechat/v2/officialaccount/broadcast github.com/silenceper/wechat/v2/officialaccount/config github.com/silenceper/wechat/v2/officialaccount/context github.com/silenceper/wechat/v2/officialaccount/customerservice github.com/silenceper/wechat/v2/officialaccount/datacube github.com/silenceper/wechat/v2/officialaccount/device github.com/silenceper/wechat/v2/officialaccount/draft github.com/silenceper/wechat/v2/officialaccount/freepublish github.com/silenceper/wechat/v2/officialaccount/js github.com/silenceper/wechat/v2/officialaccount/material github.com/silenceper/wechat/v2/officialaccount/menu github.com/silenceper/wechat/v2/officialaccount/message github.com/silenceper/wechat/v2/officialaccount/oauth github.com/silenceper/wechat/v2/officialaccount/ocr github.com/silenceper/wechat/v2/officialaccount/server github.com/silenceper/wechat/v2/officialaccount/user github.com/silenceper/wechat/v2/openplatform github.com/silenceper/wechat/v2/openplatform/account github.com/silenceper/wechat/v2/openplatform/config github.com/silenceper/wechat/v2/openplatform/context github.com/silenceper/wechat/v2/openplatform/miniprogram github.com/silenceper/wechat/v2/openplatform/miniprogram/basic github.com/silenceper/wechat/v2/openplatform/miniprogram/component github.com/silenceper/wechat/v2/openplatform/officialaccount github.com/silenceper/wechat/v2/openplatform/officialaccount/js github.com/silenceper/wechat/v2/openplatform/officialaccount/oauth github.com/silenceper/wechat/v2/pay github.com/silenceper/wechat/v2/pay/config github.com/silenceper/wechat/v2/pay/notify github.com/silenceper/wechat/v2/pay/order github.com/silenceper/wechat/v2/pay/redpacket github.com/silenceper/wechat/v2/pay/refund github.com/silenceper/wechat/v2/pay/transfer github.com/silenceper/wechat/v2/util github.com/silenceper/wechat/v2/work github.com/silenceper/wechat/v2/work/addresslist github.com/silenceper/wechat/v2/work/appchat github.com/silenceper/wechat/v2/work/checkin github.com/silenceper/wechat/v2/work/config github.com/silenceper/wechat/v2/work/context github.com/silenceper/wechat/v2/work/externalcontact github.com/silenceper/wechat/v2/work/invoice github.com/silenceper/wechat/v2/work/jsapi github.com/silenceper/wechat/v2/work/kf github.com/silenceper/wechat/v2/work/kf/sendmsg github.com/silenceper/wechat/v2/work/kf/sendmsgonevent github.com/silenceper/wechat/v2/work/kf/syncmsg github.com/silenceper/wechat/v2/work/material github.com/silenceper/wechat/v2/work/message github.com/silenceper/wechat/v2/work/msgaudit github.com/silenceper/wechat/v2/work/oauth github.com/silenceper/wechat/v2/work/robot"
	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common v1.3.213 github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/..."
	"github.com/elimity-com/scim v0.0.0-20260728105928-2641426a1539 github.com/elimity-com/scim github.com/elimity-com/scim/errors github.com/elimity-com/scim/filter github.com/elimity-com/scim/internal/patch github.com/elimity-com/scim/optional github.com/elimity-com/scim/schema"
	"github.com/go-webauthn/webauthn v0.18.2 github.com/go-webauthn/webauthn/..."
	"sigs.k8s.io/release-utils v0.12.5 sigs.k8s.io/release-utils/command sigs.k8s.io/release-utils/editor sigs.k8s.io/release-utils/env sigs.k8s.io/release-utils/env/internal sigs.k8s.io/release-utils/hash sigs.k8s.io/release-utils/helpers sigs.k8s.io/release-utils/http sigs.k8s.io/release-utils/log sigs.k8s.io/release-utils/mage sigs.k8s.io/release-utils/tar sigs.k8s.io/release-utils/version"
	"tags.cncf.io/container-device-interface v1.1.2 tags.cncf.io/container-device-interface/pkg/cdi tags.cncf.io/container-device-interface/pkg/parser tags.cncf.io/container-device-interface/internal/ociedit tags.cncf.io/container-device-interface/internal/validation"
	"oras.land/oras v1.3.6 oras.land/oras/internal/cache oras.land/oras/internal/contentutil oras.land/oras/internal/credential oras.land/oras/internal/crypto oras.land/oras/internal/descriptor oras.land/oras/internal/docker oras.land/oras/internal/file oras.land/oras/internal/graph oras.land/oras/internal/io oras.land/oras/internal/listener oras.land/oras/internal/net oras.land/oras/internal/progress oras.land/oras/internal/registryutil oras.land/oras/internal/repository oras.land/oras/internal/trace oras.land/oras/internal/tree oras.land/oras/internal/version oras.land/oras/cmd/oras/internal/argument oras.land/oras/cmd/oras/internal/command oras.land/oras/cmd/oras/internal/display oras.land/oras/cmd/oras/internal/display/content oras.land/oras/cmd/oras/internal/display/metadata oras.land/oras/cmd/oras/internal/display/metadata/descriptor oras.land/oras/cmd/oras/internal/display/metadata/json oras.land/oras/cmd/oras/internal/display/metadata/model oras.land/oras/cmd/oras/internal/display/metadata/table oras.land/oras/cmd/oras/internal/display/metadata/template oras.land/oras/cmd/oras/internal/display/metadata/text oras.land/oras/cmd/oras/internal/display/metadata/tree oras.land/oras/cmd/oras/internal/display/status oras.land/oras/cmd/oras/internal/display/status/console oras.land/oras/cmd/oras/internal/display/status/progress oras.land/oras/cmd/oras/internal/display/status/progress/humanize oras.land/oras/cmd/oras/internal/display/status/track oras.land/oras/cmd/oras/internal/errors oras.land/oras/cmd/oras/internal/fileref oras.land/oras/cmd/oras/internal/manifest oras.land/oras/cmd/oras/internal/option oras.land/oras/cmd/oras/internal/output"
	"github.com/klippa-app/go-pdfium v1.21.5 github.com/klippa-app/go-pdfium/single_threaded github.com/klippa-app/go-pdfium/multi_threaded github.com/klippa-app/go-pdfium/multi_threaded/worker github.com/klippa-app/go-pdfium/internal/commons github.com/klippa-app/go-pdfium/webassembly github.com/klippa-app/go-pdfium/webassembly/imports"
	"github.com/tufanbarisyildirim/gonginx v0.0.0-20260220081509-8e17ce617db3 github.com/tufanbarisyildirim/gonginx/config github.com/tufanbarisyildirim/gonginx/dumper github.com/tufanbarisyildirim/gonginx/parser github.com/tufanbarisyildirim/gonginx/parser/token"
	"github.com/ydb-platform/ydb-go-yc-metadata v0.6.2 github.com/ydb-platform/ydb-go-yc-metadata/..."
	"github.com/sigstore/rekor-tiles/v2 v2.3.0 github.com/sigstore/rekor-tiles/v2/pkg/client github.com/sigstore/rekor-tiles/v2/pkg/client/read github.com/sigstore/rekor-tiles/v2/pkg/client/write github.com/sigstore/rekor-tiles/v2/pkg/note github.com/sigstore/rekor-tiles/v2/pkg/types/hashedrekord github.com/sigstore/rekor-tiles/v2/pkg/types/verifier github.com/sigstore/rekor-tiles/v2/pkg/verifier github.com/sigstore/rekor-tiles/v2/pkg/verifier/certificate github.com/sigstore/rekor-tiles/v2/pkg/verifier/identity github.com/sigstore/rekor-tiles/v2/pkg/verifier/publickey github.com/sigstore/rekor-tiles/v2/pkg/verify github.com/sigstore/rekor-tiles/v2/internal/algorithmregistry github.com/sigstore/rekor-tiles/v2/internal/cli github.com/sigstore/rekor-tiles/v2/internal/safeint github.com/sigstore/rekor-tiles/v2/internal/server github.com/sigstore/rekor-tiles/v2/internal/signerverifier github.com/sigstore/rekor-tiles/v2/internal/tessera github.com/sigstore/rekor-tiles/v2/internal/tessera/aws github.com/sigstore/rekor-tiles/v2/internal/tessera/aws/signerverifier github.com/sigstore/rekor-tiles/v2/internal/tessera/gcp github.com/sigstore/rekor-tiles/v2/internal/tessera/gcp/signerverifier github.com/sigstore/rekor-tiles/v2/internal/tessera/gcpcloudsql github.com/sigstore/rekor-tiles/v2/internal/tessera/posix"
	"github.com/pulumi/pulumi/sdk/v3 v3.276.0 github.com/pulumi/pulumi/sdk/v3/go/common/apitype github.com/pulumi/pulumi/sdk/v3/go/common/constant github.com/pulumi/pulumi/sdk/v3/go/common/diag github.com/pulumi/pulumi/sdk/v3/go/common/diag/colors github.com/pulumi/pulumi/sdk/v3/go/common/encoding github.com/pulumi/pulumi/sdk/v3/go/common/env github.com/pulumi/pulumi/sdk/v3/go/common/esc github.com/pulumi/pulumi/sdk/v3/go/common/esc/ast github.com/pulumi/pulumi/sdk/v3/go/common/esc/diags github.com/pulumi/pulumi/sdk/v3/go/common/esc/eval github.com/pulumi/pulumi/sdk/v3/go/common/esc/internal/spell github.com/pulumi/pulumi/sdk/v3/go/common/esc/internal/util github.com/pulumi/pulumi/sdk/v3/go/common/esc/schema github.com/pulumi/pulumi/sdk/v3/go/common/esc/syntax github.com/pulumi/pulumi/sdk/v3/go/common/esc/syntax/encoding github.com/pulumi/pulumi/sdk/v3/go/common/promise github.com/pulumi/pulumi/sdk/v3/go/common/providers github.com/pulumi/pulumi/sdk/v3/go/common/resource github.com/pulumi/pulumi/sdk/v3/go/common/resource/archive github.com/pulumi/pulumi/sdk/v3/go/common/resource/asset github.com/pulumi/pulumi/sdk/v3/go/common/resource/config github.com/pulumi/pulumi/sdk/v3/go/common/resource/plugin github.com/pulumi/pulumi/sdk/v3/go/common/resource/sig github.com/pulumi/pulumi/sdk/v3/go/common/resource/urn github.com/pulumi/pulumi/sdk/v3/go/common/slice github.com/pulumi/pulumi/sdk/v3/go/common/tail github.com/pulumi/pulumi/sdk/v3/go/common/tokens github.com/pulumi/pulumi/sdk/v3/go/common/util/agentdetect github.com/pulumi/pulumi/sdk/v3/go/common/util/archive github.com/pulumi/pulumi/sdk/v3/go/common/util/ciutil github.com/pulumi/pulumi/sdk/v3/go/common/util/cmdutil github.com/pulumi/pulumi/sdk/v3/go/common/util/contract github.com/pulumi/pulumi/sdk/v3/go/common/util/deepcopy github.com/pulumi/pulumi/sdk/v3/go/common/util/env github.com/pulumi/pulumi/sdk/v3/go/common/util/errutil github.com/pulumi/pulumi/sdk/v3/go/common/util/executable github.com/pulumi/pulumi/sdk/v3/go/common/util/fsutil github.com/pulumi/pulumi/sdk/v3/go/common/util/gitutil github.com/pulumi/pulumi/sdk/v3/go/common/util/httputil github.com/pulumi/pulumi/sdk/v3/go/common/util/logging github.com/pulumi/pulumi/sdk/v3/go/common/util/mapper github.com/pulumi/pulumi/sdk/v3/go/common/util/otelreceiver github.com/pulumi/pulumi/sdk/v3/go/common/util/otelreceiver/logging github.com/pulumi/pulumi/sdk/v3/go/common/util/pulumihome github.com/pulumi/pulumi/sdk/v3/go/common/util/result github.com/pulumi/pulumi/sdk/v3/go/common/util/retry github.com/pulumi/pulumi/sdk/v3/go/common/util/rpcutil github.com/pulumi/pulumi/sdk/v3/go/common/util/rpcutil/rpcerror github.com/pulumi/pulumi/sdk/v3/go/common/util/securestore github.com/pulumi/pulumi/sdk/v3/go/common/util/tracing github.com/pulumi/pulumi/sdk/v3/go/common/util/yamlutil github.com/pulumi/pulumi/sdk/v3/go/common/version github.com/pulumi/pulumi/sdk/v3/go/common/workspace"
)
heldout42=(
	"github.com/matrix-org/dendrite v0.13.8 github.com/matrix-org/dendrite/federationapi/storage github.com/matrix-org/dendrite/federationapi/storage/cache github.com/matrix-org/dendrite/federationapi/storage/postgres github.com/matrix-org/dendrite/federationapi/storage/postgres/deltas github.com/matrix-org/dendrite/federationapi/storage/shared github.com/matrix-org/dendrite/federationapi/storage/shared/receipt github.com/matrix-org/dendrite/federationapi/storage/sqlite3 github.com/matrix-org/dendrite/federationapi/storage/sqlite3/deltas github.com/matrix-org/dendrite/federationapi/storage/tables github.com/matrix-org/dendrite/mediaapi github.com/matrix-org/dendrite/mediaapi/fileutils github.com/matrix-org/dendrite/mediaapi/routing github.com/matrix-org/dendrite/mediaapi/storage github.com/matrix-org/dendrite/mediaapi/storage/postgres github.com/matrix-org/dendrite/mediaapi/storage/shared github.com/matrix-org/dendrite/mediaapi/storage/sqlite3 github.com/matrix-org/dendrite/mediaapi/storage/tables github.com/matrix-org/dendrite/mediaapi/thumbnailer github.com/matrix-org/dendrite/mediaapi/types github.com/matrix-org/dendrite/roomserver/storage github.com/matrix-org/dendrite/roomserver/storage/postgres github.com/matrix-org/dendrite/roomserver/storage/postgres/deltas github.com/matrix-org/dendrite/roomserver/storage/shared github.com/matrix-org/dendrite/roomserver/storage/sqlite3 github.com/matrix-org/dendrite/roomserver/storage/sqlite3/deltas github.com/matrix-org/dendrite/roomserver/storage/tables github.com/matrix-org/dendrite/syncapi/storage github.com/matrix-org/dendrite/syncapi/storage/postgres github.com/matrix-org/dendrite/syncapi/storage/postgres/deltas github.com/matrix-org/dendrite/syncapi/storage/shared github.com/matrix-org/dendrite/syncapi/storage/sqlite3 github.com/matrix-org/dendrite/syncapi/storage/sqlite3/deltas github.com/matrix-org/dendrite/syncapi/storage/tables github.com/matrix-org/dendrite/userapi/storage github.com/matrix-org/dendrite/userapi/storage/postgres github.com/matrix-org/dendrite/userapi/storage/postgres/deltas github.com/matrix-org/dendrite/userapi/storage/shared github.com/matrix-org/dendrite/userapi/storage/sqlite3 github.com/matrix-org/dendrite/userapi/storage/sqlite3/deltas github.com/matrix-org/dendrite/userapi/storage/tables github.com/matrix-org/dendrite/relayapi/storage github.com/matrix-org/dendrite/relayapi/storage/postgres github.com/matrix-org/dendrite/relayapi/storage/shared github.com/matrix-org/dendrite/relayapi/storage/sqlite3 github.com/matrix-org/dendrite/relayapi/storage/tables github.com/matrix-org/dendrite/internal/sqlutil github.com/matrix-org/dendrite/internal/fulltext github.com/matrix-org/dendrite/internal/pushgateway github.com/matrix-org/dendrite/setup/jetstream github.com/matrix-org/dendrite/clientapi/threepid"
	"github.com/authzed/spicedb v1.56.2 github.com/authzed/spicedb/internal/datastore github.com/authzed/spicedb/internal/datastore/common github.com/authzed/spicedb/internal/datastore/crdb github.com/authzed/spicedb/internal/datastore/crdb/migrations github.com/authzed/spicedb/internal/datastore/crdb/pool github.com/authzed/spicedb/internal/datastore/crdb/schema github.com/authzed/spicedb/internal/datastore/crdb/version github.com/authzed/spicedb/internal/datastore/memdb github.com/authzed/spicedb/internal/datastore/mysql github.com/authzed/spicedb/internal/datastore/mysql/common github.com/authzed/spicedb/internal/datastore/mysql/migrations github.com/authzed/spicedb/internal/datastore/mysql/version github.com/authzed/spicedb/internal/datastore/postgres github.com/authzed/spicedb/internal/datastore/postgres/common github.com/authzed/spicedb/internal/datastore/postgres/migrations github.com/authzed/spicedb/internal/datastore/postgres/schema github.com/authzed/spicedb/internal/datastore/postgres/version github.com/authzed/spicedb/internal/datastore/proxy github.com/authzed/spicedb/internal/datastore/proxy/indexcheck github.com/authzed/spicedb/internal/datastore/proxy/schemacaching github.com/authzed/spicedb/internal/datastore/revisions github.com/authzed/spicedb/internal/datastore/spanner github.com/authzed/spicedb/internal/datastore/spanner/migrations github.com/authzed/spicedb/internal/fdw github.com/authzed/spicedb/internal/fdw/common github.com/authzed/spicedb/internal/fdw/explain github.com/authzed/spicedb/internal/fdw/stats github.com/authzed/spicedb/internal/fdw/tables github.com/authzed/spicedb/internal/dispatch/remote github.com/authzed/spicedb/internal/grpchelpers github.com/authzed/spicedb/internal/lsp github.com/authzed/spicedb/internal/telemetry github.com/authzed/spicedb/pkg/migrate github.com/authzed/spicedb/pkg/datastore github.com/authzed/spicedb/pkg/development github.com/authzed/spicedb/pkg/validationfile"
	"github.com/centrifugal/centrifugo/v6 v6.9.1 github.com/centrifugal/centrifugo/v6/internal/pgoutbox github.com/centrifugal/centrifugo/v6/internal/pgstreambroker github.com/centrifugal/centrifugo/v6/internal/pgmapbroker github.com/centrifugal/centrifugo/v6/internal/natsbroker github.com/centrifugal/centrifugo/v6/internal/redisqueue github.com/centrifugal/centrifugo/v6/internal/redisshard github.com/centrifugal/centrifugo/v6/internal/proxy github.com/centrifugal/centrifugo/v6/internal/jwks github.com/centrifugal/centrifugo/v6/internal/unihttpstream github.com/centrifugal/centrifugo/v6/internal/unisse github.com/centrifugal/centrifugo/v6/internal/uniws github.com/centrifugal/centrifugo/v6/internal/websocket github.com/centrifugal/centrifugo/v6/internal/wt github.com/centrifugal/centrifugo/v6/internal/consuming github.com/centrifugal/centrifugo/v6/internal/survey github.com/centrifugal/centrifugo/v6/internal/usage github.com/centrifugal/centrifugo/v6/internal/admin github.com/centrifugal/centrifugo/v6/internal/health github.com/centrifugal/centrifugo/v6/internal/reverseproxy github.com/centrifugal/centrifugo/v6/internal/unigrpc github.com/centrifugal/centrifugo/v6/internal/unigrpc/unistream github.com/centrifugal/centrifugo/v6/internal/telemetry"
	"github.com/tikv/client-go/v2 v2.0.8-0.20260803075849-c3b50791b9fb github.com/tikv/client-go/v2/config github.com/tikv/client-go/v2/config/retry github.com/tikv/client-go/v2/error github.com/tikv/client-go/v2/internal/apicodec github.com/tikv/client-go/v2/internal/client github.com/tikv/client-go/v2/internal/client/mockserver github.com/tikv/client-go/v2/internal/kvrpc github.com/tikv/client-go/v2/internal/latch github.com/tikv/client-go/v2/internal/locate github.com/tikv/client-go/v2/internal/logutil github.com/tikv/client-go/v2/internal/mockstore/cluster github.com/tikv/client-go/v2/internal/mockstore/deadlock github.com/tikv/client-go/v2/internal/mockstore/mocktikv github.com/tikv/client-go/v2/internal/resourcecontrol github.com/tikv/client-go/v2/internal/unionstore github.com/tikv/client-go/v2/internal/unionstore/arena github.com/tikv/client-go/v2/internal/unionstore/art github.com/tikv/client-go/v2/internal/unionstore/rbt github.com/tikv/client-go/v2/kv github.com/tikv/client-go/v2/metrics github.com/tikv/client-go/v2/oracle github.com/tikv/client-go/v2/oracle/oracles github.com/tikv/client-go/v2/rawkv github.com/tikv/client-go/v2/testutils github.com/tikv/client-go/v2/tikv github.com/tikv/client-go/v2/tikvrpc github.com/tikv/client-go/v2/tikvrpc/interceptor github.com/tikv/client-go/v2/txnkv github.com/tikv/client-go/v2/txnkv/rangetask github.com/tikv/client-go/v2/txnkv/transaction github.com/tikv/client-go/v2/txnkv/txnlock github.com/tikv/client-go/v2/txnkv/txnsnapshot github.com/tikv/client-go/v2/txnkv/txnutil github.com/tikv/client-go/v2/util github.com/tikv/client-go/v2/util/async github.com/tikv/client-go/v2/util/codec github.com/tikv/client-go/v2/util/intest github.com/tikv/client-go/v2/util/israce github.com/tikv/client-go/v2/util/redact"
	"github.com/virtual-kubelet/virtual-kubelet v1.14.1 github.com/virtual-kubelet/virtual-kubelet github.com/virtual-kubelet/virtual-kubelet/errdefs github.com/virtual-kubelet/virtual-kubelet/internal/expansion github.com/virtual-kubelet/virtual-kubelet/internal/kubernetes/portforward github.com/virtual-kubelet/virtual-kubelet/internal/kubernetes/remotecommand github.com/virtual-kubelet/virtual-kubelet/internal/lock github.com/virtual-kubelet/virtual-kubelet/internal/manager github.com/virtual-kubelet/virtual-kubelet/internal/podutils github.com/virtual-kubelet/virtual-kubelet/internal/queue github.com/virtual-kubelet/virtual-kubelet/log github.com/virtual-kubelet/virtual-kubelet/log/klogv2 github.com/virtual-kubelet/virtual-kubelet/log/logrus github.com/virtual-kubelet/virtual-kubelet/log/slog github.com/virtual-kubelet/virtual-kubelet/node github.com/virtual-kubelet/virtual-kubelet/node/api github.com/virtual-kubelet/virtual-kubelet/node/nodeutil github.com/virtual-kubelet/virtual-kubelet/trace github.com/virtual-kubelet/virtual-kubelet/trace/opencensus github.com/virtual-kubelet/virtual-kubelet/trace/opentelemetry"
	"github.com/VictoriaMetrics/VictoriaLogs v1.52.2 github.com/VictoriaMetrics/VictoriaLogs/app/victoria-logs github.com/VictoriaMetrics/VictoriaLogs/app/vlagent github.com/VictoriaMetrics/VictoriaLogs/app/vlagent/filecollector github.com/VictoriaMetrics/VictoriaLogs/app/vlagent/kubernetescollector github.com/VictoriaMetrics/VictoriaLogs/app/vlagent/remotewrite github.com/VictoriaMetrics/VictoriaLogs/app/vlagent/tail github.com/VictoriaMetrics/VictoriaLogs/app/vlinsert github.com/VictoriaMetrics/VictoriaLogs/app/vlinsert/datadog github.com/VictoriaMetrics/VictoriaLogs/app/vlinsert/elasticsearch github.com/VictoriaMetrics/VictoriaLogs/app/vlinsert/insertutil github.com/VictoriaMetrics/VictoriaLogs/app/vlinsert/internalinsert github.com/VictoriaMetrics/VictoriaLogs/app/vlinsert/journald github.com/VictoriaMetrics/VictoriaLogs/app/vlinsert/jsonline github.com/VictoriaMetrics/VictoriaLogs/app/vlinsert/loki github.com/VictoriaMetrics/VictoriaLogs/app/vlinsert/nativeinsert github.com/VictoriaMetrics/VictoriaLogs/app/vlinsert/nativeinsert/nativemultitenant github.com/VictoriaMetrics/VictoriaLogs/app/vlinsert/opentelemetry github.com/VictoriaMetrics/VictoriaLogs/app/vlinsert/splunk github.com/VictoriaMetrics/VictoriaLogs/app/vlinsert/syslog github.com/VictoriaMetrics/VictoriaLogs/app/vlogscli github.com/VictoriaMetrics/VictoriaLogs/app/vlogsgenerator github.com/VictoriaMetrics/VictoriaLogs/app/vlselect github.com/VictoriaMetrics/VictoriaLogs/app/vlselect/internalselect github.com/VictoriaMetrics/VictoriaLogs/app/vlselect/logsql github.com/VictoriaMetrics/VictoriaLogs/app/vlstorage github.com/VictoriaMetrics/VictoriaLogs/app/vlstorage/netinsert github.com/VictoriaMetrics/VictoriaLogs/app/vlstorage/netselect github.com/VictoriaMetrics/VictoriaLogs/apptest github.com/VictoriaMetrics/VictoriaLogs/deployment/logs-benchmark/generator github.com/VictoriaMetrics/VictoriaLogs/lib/logstorage github.com/VictoriaMetrics/VictoriaLogs/lib/prefixfilter"
	"github.com/casbin/casbin/v2 v2.135.0 github.com/casbin/casbin/v2 github.com/casbin/casbin/v2/config github.com/casbin/casbin/v2/constant github.com/casbin/casbin/v2/effector github.com/casbin/casbin/v2/errors github.com/casbin/casbin/v2/log github.com/casbin/casbin/v2/model github.com/casbin/casbin/v2/persist github.com/casbin/casbin/v2/persist/cache github.com/casbin/casbin/v2/persist/file-adapter github.com/casbin/casbin/v2/persist/string-adapter github.com/casbin/casbin/v2/rbac github.com/casbin/casbin/v2/rbac/default-role-manager github.com/casbin/casbin/v2/util"
	"github.com/newrelic/newrelic-client-go/v2 v2.98.0 github.com/newrelic/newrelic-client-go/v2/internal/http github.com/newrelic/newrelic-client-go/v2/internal/serialization github.com/newrelic/newrelic-client-go/v2/internal/utils github.com/newrelic/newrelic-client-go/v2/internal/version github.com/newrelic/newrelic-client-go/v2/newrelic github.com/newrelic/newrelic-client-go/v2/pkg/accountmanagement github.com/newrelic/newrelic-client-go/v2/pkg/accounts github.com/newrelic/newrelic-client-go/v2/pkg/agent github.com/newrelic/newrelic-client-go/v2/pkg/agentapplications github.com/newrelic/newrelic-client-go/v2/pkg/ai github.com/newrelic/newrelic-client-go/v2/pkg/alerts github.com/newrelic/newrelic-client-go/v2/pkg/apiaccess github.com/newrelic/newrelic-client-go/v2/pkg/apm github.com/newrelic/newrelic-client-go/v2/pkg/authorizationmanagement github.com/newrelic/newrelic-client-go/v2/pkg/changetracking github.com/newrelic/newrelic-client-go/v2/pkg/cloud github.com/newrelic/newrelic-client-go/v2/pkg/common github.com/newrelic/newrelic-client-go/v2/pkg/config github.com/newrelic/newrelic-client-go/v2/pkg/contextkeys github.com/newrelic/newrelic-client-go/v2/pkg/customeradministration github.com/newrelic/newrelic-client-go/v2/pkg/dashboards github.com/newrelic/newrelic-client-go/v2/pkg/datamanagement github.com/newrelic/newrelic-client-go/v2/pkg/edge github.com/newrelic/newrelic-client-go/v2/pkg/entities github.com/newrelic/newrelic-client-go/v2/pkg/entityrelationship github.com/newrelic/newrelic-client-go/v2/pkg/errors github.com/newrelic/newrelic-client-go/v2/pkg/events github.com/newrelic/newrelic-client-go/v2/pkg/eventstometrics github.com/newrelic/newrelic-client-go/v2/pkg/federatedlogs github.com/newrelic/newrelic-client-go/v2/pkg/fleetcontrol github.com/newrelic/newrelic-client-go/v2/pkg/infrastructure github.com/newrelic/newrelic-client-go/v2/pkg/installevents github.com/newrelic/newrelic-client-go/v2/pkg/keytransaction github.com/newrelic/newrelic-client-go/v2/pkg/logconfigurations github.com/newrelic/newrelic-client-go/v2/pkg/logging github.com/newrelic/newrelic-client-go/v2/pkg/logs github.com/newrelic/newrelic-client-go/v2/pkg/maintenancewindow github.com/newrelic/newrelic-client-go/v2/pkg/metrics github.com/newrelic/newrelic-client-go/v2/pkg/nerdgraph github.com/newrelic/newrelic-client-go/v2/pkg/nerdstorage github.com/newrelic/newrelic-client-go/v2/pkg/notebooks github.com/newrelic/newrelic-client-go/v2/pkg/notifications github.com/newrelic/newrelic-client-go/v2/pkg/nrdb github.com/newrelic/newrelic-client-go/v2/pkg/nrqldroprules github.com/newrelic/newrelic-client-go/v2/pkg/nrqlmacros github.com/newrelic/newrelic-client-go/v2/pkg/nrtime github.com/newrelic/newrelic-client-go/v2/pkg/organization github.com/newrelic/newrelic-client-go/v2/pkg/pathpoint github.com/newrelic/newrelic-client-go/v2/pkg/pipelinecontrol github.com/newrelic/newrelic-client-go/v2/pkg/plugins github.com/newrelic/newrelic-client-go/v2/pkg/pruningrules github.com/newrelic/newrelic-client-go/v2/pkg/region github.com/newrelic/newrelic-client-go/v2/pkg/servicearchintelligence github.com/newrelic/newrelic-client-go/v2/pkg/servicelevel github.com/newrelic/newrelic-client-go/v2/pkg/synthetics github.com/newrelic/newrelic-client-go/v2/pkg/testhelpers github.com/newrelic/newrelic-client-go/v2/pkg/usermanagement github.com/newrelic/newrelic-client-go/v2/pkg/users github.com/newrelic/newrelic-client-go/v2/pkg/workflowautomation github.com/newrelic/newrelic-client-go/v2/pkg/workflows github.com/newrelic/newrelic-client-go/v2/pkg/workloads"
	"github.com/nats-io/natscli v0.5.0 github.com/nats-io/natscli/cli github.com/nats-io/natscli/columns github.com/nats-io/natscli/internal/asciigraph github.com/nats-io/natscli/internal/auth github.com/nats-io/natscli/internal/bench github.com/nats-io/natscli/internal/exporter github.com/nats-io/natscli/internal/fips github.com/nats-io/natscli/internal/scaffold github.com/nats-io/natscli/internal/util github.com/nats-io/natscli/nats github.com/nats-io/natscli/options github.com/nats-io/natscli/plugins github.com/nats-io/natscli/top"
	"github.com/traefik/yaegi v0.16.1 github.com/traefik/yaegi github.com/traefik/yaegi/extract github.com/traefik/yaegi/internal/unsafe2 github.com/traefik/yaegi/interp github.com/traefik/yaegi/stdlib github.com/traefik/yaegi/stdlib/generic github.com/traefik/yaegi/stdlib/syscall github.com/traefik/yaegi/stdlib/unrestricted github.com/traefik/yaegi/stdlib/unsafe"
	"github.com/tdewolff/canvas v0.0.0-20250728095813-50d4cb1eee71 github.com/tdewolff/canvas github.com/tdewolff/canvas/layout github.com/tdewolff/canvas/renderers github.com/tdewolff/canvas/renderers/fyne github.com/tdewolff/canvas/renderers/gio github.com/tdewolff/canvas/renderers/opengl github.com/tdewolff/canvas/renderers/pdf github.com/tdewolff/canvas/renderers/ps github.com/tdewolff/canvas/renderers/rasterizer github.com/tdewolff/canvas/renderers/svg github.com/tdewolff/canvas/renderers/tex github.com/tdewolff/canvas/resources/boolean github.com/tdewolff/canvas/resources/docs/boolean github.com/tdewolff/canvas/resources/docs/colors github.com/tdewolff/canvas/resources/docs/getting-started github.com/tdewolff/canvas/resources/docs/hatches github.com/tdewolff/canvas/resources/docs/paths github.com/tdewolff/canvas/resources/docs/stroke github.com/tdewolff/canvas/resources/docs/text github.com/tdewolff/canvas/resources/docs/tiling github.com/tdewolff/canvas/resources/preview github.com/tdewolff/canvas/resources/title github.com/tdewolff/canvas/text"
	"gitlab.com/gitlab-org/api/client-go/v2 v2.64.0 gitlab.com/gitlab-org/api/client-go/v2 gitlab.com/gitlab-org/api/client-go/v2/config gitlab.com/gitlab-org/api/client-go/v2/config/v1beta1 gitlab.com/gitlab-org/api/client-go/v2/gitlaboauth2 gitlab.com/gitlab-org/api/client-go/v2/internal/graphql gitlab.com/gitlab-org/api/client-go/v2/internal/graphqlfields"
	"codeberg.org/miekg/dns v0.6.0 codeberg.org/miekg/dns codeberg.org/miekg/dns/deleg codeberg.org/miekg/dns/dnsconf codeberg.org/miekg/dns/dnshttp codeberg.org/miekg/dns/dnstest codeberg.org/miekg/dns/dnsutil codeberg.org/miekg/dns/internal/bin codeberg.org/miekg/dns/internal/ddd codeberg.org/miekg/dns/internal/dnsperf codeberg.org/miekg/dns/internal/dnsstring codeberg.org/miekg/dns/internal/generate codeberg.org/miekg/dns/internal/jump codeberg.org/miekg/dns/internal/pack codeberg.org/miekg/dns/internal/reverse codeberg.org/miekg/dns/internal/unpack codeberg.org/miekg/dns/pool codeberg.org/miekg/dns/rdata codeberg.org/miekg/dns/svcb"
	"github.com/alexedwards/scs/v2 v2.9.0 github.com/alexedwards/scs/v2 github.com/alexedwards/scs/v2/memstore github.com/alexedwards/scs/v2/mockstore"
	"gotest.tools/v3 v3.5.2 gotest.tools/v3 gotest.tools/v3/assert gotest.tools/v3/assert/cmp gotest.tools/v3/assert/opt gotest.tools/v3/env gotest.tools/v3/fs gotest.tools/v3/golden gotest.tools/v3/icmd gotest.tools/v3/internal/assert gotest.tools/v3/internal/cleanup gotest.tools/v3/internal/difflib gotest.tools/v3/internal/format gotest.tools/v3/internal/source gotest.tools/v3/poll gotest.tools/v3/skip gotest.tools/v3/x/subtest"
)
heldout43=(
	"github.com/ThreeDotsLabs/watermill v1.5.1 github.com/ThreeDotsLabs/watermill github.com/ThreeDotsLabs/watermill/components/cqrs github.com/ThreeDotsLabs/watermill/components/delay github.com/ThreeDotsLabs/watermill/components/fanin github.com/ThreeDotsLabs/watermill/components/forwarder github.com/ThreeDotsLabs/watermill/components/metrics github.com/ThreeDotsLabs/watermill/components/requestreply github.com/ThreeDotsLabs/watermill/components/requeuer github.com/ThreeDotsLabs/watermill/internal github.com/ThreeDotsLabs/watermill/internal/publisher github.com/ThreeDotsLabs/watermill/internal/subscriber github.com/ThreeDotsLabs/watermill/message github.com/ThreeDotsLabs/watermill/message/router/middleware github.com/ThreeDotsLabs/watermill/message/router/plugin github.com/ThreeDotsLabs/watermill/message/subscriber github.com/ThreeDotsLabs/watermill/pubsub github.com/ThreeDotsLabs/watermill/pubsub/gochannel github.com/ThreeDotsLabs/watermill/pubsub/sync"
	"github.com/confluentinc/confluent-kafka-go/v2 v2.11.1 github.com/confluentinc/confluent-kafka-go/v2/kafka github.com/confluentinc/confluent-kafka-go/v2/kafka/go_rdkafka_generr github.com/confluentinc/confluent-kafka-go/v2/kafka/librdkafka_vendor github.com/confluentinc/confluent-kafka-go/v2/schemaregistry github.com/confluentinc/confluent-kafka-go/v2/schemaregistry/cache github.com/confluentinc/confluent-kafka-go/v2/schemaregistry/confluent github.com/confluentinc/confluent-kafka-go/v2/schemaregistry/confluent/types github.com/confluentinc/confluent-kafka-go/v2/schemaregistry/internal github.com/confluentinc/confluent-kafka-go/v2/schemaregistry/rest github.com/confluentinc/confluent-kafka-go/v2/schemaregistry/rules/cel github.com/confluentinc/confluent-kafka-go/v2/schemaregistry/rules/encryption github.com/confluentinc/confluent-kafka-go/v2/schemaregistry/rules/encryption/awskms github.com/confluentinc/confluent-kafka-go/v2/schemaregistry/rules/encryption/azurekms github.com/confluentinc/confluent-kafka-go/v2/schemaregistry/rules/encryption/deks github.com/confluentinc/confluent-kafka-go/v2/schemaregistry/rules/encryption/gcpkms github.com/confluentinc/confluent-kafka-go/v2/schemaregistry/rules/encryption/hcvault github.com/confluentinc/confluent-kafka-go/v2/schemaregistry/rules/encryption/localkms github.com/confluentinc/confluent-kafka-go/v2/schemaregistry/rules/jsonata github.com/confluentinc/confluent-kafka-go/v2/schemaregistry/serde github.com/confluentinc/confluent-kafka-go/v2/schemaregistry/serde/avro github.com/confluentinc/confluent-kafka-go/v2/schemaregistry/serde/avrov2 github.com/confluentinc/confluent-kafka-go/v2/schemaregistry/serde/jsonschema github.com/confluentinc/confluent-kafka-go/v2/schemaregistry/serde/protobuf"
	"github.com/google/cadvisor/lib v0.61.0 github.com/google/cadvisor/lib/cache/memory github.com/google/cadvisor/lib/cadvisorflags github.com/google/cadvisor/lib/container github.com/google/cadvisor/lib/container/common github.com/google/cadvisor/lib/container/containerd github.com/google/cadvisor/lib/container/containerd/containers github.com/google/cadvisor/lib/container/containerd/identifiers github.com/google/cadvisor/lib/container/containerd/install github.com/google/cadvisor/lib/container/containerd/namespaces github.com/google/cadvisor/lib/container/containerd/pkg/dialer github.com/google/cadvisor/lib/container/crio github.com/google/cadvisor/lib/container/crio/install github.com/google/cadvisor/lib/container/libcontainer github.com/google/cadvisor/lib/container/raw github.com/google/cadvisor/lib/container/systemd github.com/google/cadvisor/lib/container/systemd/install github.com/google/cadvisor/lib/fs github.com/google/cadvisor/lib/fs/btrfs github.com/google/cadvisor/lib/fs/btrfs/install github.com/google/cadvisor/lib/fs/nfs github.com/google/cadvisor/lib/fs/nfs/install github.com/google/cadvisor/lib/fs/overlay github.com/google/cadvisor/lib/fs/overlay/install github.com/google/cadvisor/lib/fs/tmpfs github.com/google/cadvisor/lib/fs/tmpfs/install github.com/google/cadvisor/lib/fs/vfs github.com/google/cadvisor/lib/fs/vfs/install github.com/google/cadvisor/lib/fs/zfs github.com/google/cadvisor/lib/fs/zfs/install github.com/google/cadvisor/lib/machine github.com/google/cadvisor/lib/manager github.com/google/cadvisor/lib/metrics github.com/google/cadvisor/lib/model github.com/google/cadvisor/lib/stats github.com/google/cadvisor/lib/storage github.com/google/cadvisor/lib/utils github.com/google/cadvisor/lib/utils/sysfs github.com/google/cadvisor/lib/utils/sysinfo github.com/google/cadvisor/lib/version github.com/google/cadvisor/lib/watcher"
	"sigs.k8s.io/controller-runtime v0.25.3 sigs.k8s.io/controller-runtime sigs.k8s.io/controller-runtime/pkg sigs.k8s.io/controller-runtime/pkg/builder sigs.k8s.io/controller-runtime/pkg/cache sigs.k8s.io/controller-runtime/pkg/cache/cacheapi sigs.k8s.io/controller-runtime/pkg/cache/internal sigs.k8s.io/controller-runtime/pkg/certwatcher sigs.k8s.io/controller-runtime/pkg/certwatcher/metrics sigs.k8s.io/controller-runtime/pkg/client sigs.k8s.io/controller-runtime/pkg/client/apiutil sigs.k8s.io/controller-runtime/pkg/client/config sigs.k8s.io/controller-runtime/pkg/client/interceptor sigs.k8s.io/controller-runtime/pkg/client/internal/consistencyhandler sigs.k8s.io/controller-runtime/pkg/client/internal/writebarrier sigs.k8s.io/controller-runtime/pkg/cluster sigs.k8s.io/controller-runtime/pkg/config sigs.k8s.io/controller-runtime/pkg/controller sigs.k8s.io/controller-runtime/pkg/controller/controllerutil sigs.k8s.io/controller-runtime/pkg/controller/priorityqueue sigs.k8s.io/controller-runtime/pkg/conversion sigs.k8s.io/controller-runtime/pkg/envtest sigs.k8s.io/controller-runtime/pkg/event sigs.k8s.io/controller-runtime/pkg/finalizer sigs.k8s.io/controller-runtime/pkg/handler sigs.k8s.io/controller-runtime/pkg/healthz sigs.k8s.io/controller-runtime/pkg/internal/controller sigs.k8s.io/controller-runtime/pkg/internal/controller/metrics sigs.k8s.io/controller-runtime/pkg/internal/field/selector sigs.k8s.io/controller-runtime/pkg/internal/flock sigs.k8s.io/controller-runtime/pkg/internal/httpserver sigs.k8s.io/controller-runtime/pkg/internal/log sigs.k8s.io/controller-runtime/pkg/internal/metrics sigs.k8s.io/controller-runtime/pkg/internal/objectutil sigs.k8s.io/controller-runtime/pkg/internal/recorder sigs.k8s.io/controller-runtime/pkg/internal/source sigs.k8s.io/controller-runtime/pkg/internal/syncs sigs.k8s.io/controller-runtime/pkg/internal/testing/controlplane sigs.k8s.io/controller-runtime/pkg/internal/testing/process sigs.k8s.io/controller-runtime/pkg/leaderelection sigs.k8s.io/controller-runtime/pkg/log sigs.k8s.io/controller-runtime/pkg/log/zap sigs.k8s.io/controller-runtime/pkg/manager sigs.k8s.io/controller-runtime/pkg/manager/signals sigs.k8s.io/controller-runtime/pkg/metrics sigs.k8s.io/controller-runtime/pkg/metrics/filters sigs.k8s.io/controller-runtime/pkg/metrics/server sigs.k8s.io/controller-runtime/pkg/predicate sigs.k8s.io/controller-runtime/pkg/reconcile sigs.k8s.io/controller-runtime/pkg/recorder sigs.k8s.io/controller-runtime/pkg/scheme sigs.k8s.io/controller-runtime/pkg/source sigs.k8s.io/controller-runtime/pkg/webhook sigs.k8s.io/controller-runtime/pkg/webhook/admission sigs.k8s.io/controller-runtime/pkg/webhook/admission/metrics sigs.k8s.io/controller-runtime/pkg/webhook/authentication sigs.k8s.io/controller-runtime/pkg/webhook/conversion sigs.k8s.io/controller-runtime/pkg/webhook/conversion/metrics sigs.k8s.io/controller-runtime/pkg/webhook/internal/metrics"
	"sigs.k8s.io/cri-tools v1.37.0 sigs.k8s.io/cri-tools/cmd/crictl sigs.k8s.io/cri-tools/pkg/benchmark sigs.k8s.io/cri-tools/pkg/common sigs.k8s.io/cri-tools/pkg/framework sigs.k8s.io/cri-tools/pkg/timetype sigs.k8s.io/cri-tools/pkg/tracing sigs.k8s.io/cri-tools/pkg/validate sigs.k8s.io/cri-tools/pkg/version"
	"github.com/docker/compose/v5 v5.6.0 github.com/docker/compose/v5/cmd github.com/docker/compose/v5/cmd/cmdtrace github.com/docker/compose/v5/cmd/compatibility github.com/docker/compose/v5/cmd/compose github.com/docker/compose/v5/cmd/display github.com/docker/compose/v5/cmd/formatter github.com/docker/compose/v5/cmd/prompt github.com/docker/compose/v5/internal github.com/docker/compose/v5/internal/desktop github.com/docker/compose/v5/internal/experimental github.com/docker/compose/v5/internal/locker github.com/docker/compose/v5/internal/memnet github.com/docker/compose/v5/internal/oci github.com/docker/compose/v5/internal/paths github.com/docker/compose/v5/internal/pidfile github.com/docker/compose/v5/internal/registry github.com/docker/compose/v5/internal/sync github.com/docker/compose/v5/internal/tracing github.com/docker/compose/v5/pkg/api github.com/docker/compose/v5/pkg/bridge github.com/docker/compose/v5/pkg/compose github.com/docker/compose/v5/pkg/compose/transform github.com/docker/compose/v5/pkg/dryrun github.com/docker/compose/v5/pkg/remote github.com/docker/compose/v5/pkg/utils github.com/docker/compose/v5/pkg/watch"
	"github.com/aws/aws-sdk-go-v2/service/s3 v1.115.0 github.com/aws/aws-sdk-go-v2/service/s3 github.com/aws/aws-sdk-go-v2/service/s3/internal/arn github.com/aws/aws-sdk-go-v2/service/s3/internal/customizations github.com/aws/aws-sdk-go-v2/service/s3/internal/endpoints github.com/aws/aws-sdk-go-v2/service/s3/types"
	"cloud.google.com/go/pubsub/v2 v2.9.0 cloud.google.com/go/pubsub/v2 cloud.google.com/go/pubsub/v2/apiv1 cloud.google.com/go/pubsub/v2/apiv1/pubsubpb cloud.google.com/go/pubsub/v2/internal cloud.google.com/go/pubsub/v2/internal/distribution cloud.google.com/go/pubsub/v2/internal/scheduler cloud.google.com/go/pubsub/v2/pstest cloud.google.com/go/pubsub/v2/pstest/internal"
	"github.com/dolthub/go-mysql-server v0.20.0 github.com/dolthub/go-mysql-server github.com/dolthub/go-mysql-server/driver github.com/dolthub/go-mysql-server/eventscheduler github.com/dolthub/go-mysql-server/internal/sockstate github.com/dolthub/go-mysql-server/memory github.com/dolthub/go-mysql-server/server github.com/dolthub/go-mysql-server/sql github.com/dolthub/go-mysql-server/sql/analyzer github.com/dolthub/go-mysql-server/sql/analyzer/analyzererrors github.com/dolthub/go-mysql-server/sql/binlogreplication github.com/dolthub/go-mysql-server/sql/encodings github.com/dolthub/go-mysql-server/sql/expression/function github.com/dolthub/go-mysql-server/sql/expression/function/aggregation github.com/dolthub/go-mysql-server/sql/expression/tablefunction github.com/dolthub/go-mysql-server/sql/fulltext github.com/dolthub/go-mysql-server/sql/in_mem_table github.com/dolthub/go-mysql-server/sql/information_schema github.com/dolthub/go-mysql-server/sql/iters github.com/dolthub/go-mysql-server/sql/mysql_db github.com/dolthub/go-mysql-server/sql/mysql_db/serial github.com/dolthub/go-mysql-server/sql/plan github.com/dolthub/go-mysql-server/sql/planbuilder github.com/dolthub/go-mysql-server/sql/procedures github.com/dolthub/go-mysql-server/sql/rowexec github.com/dolthub/go-mysql-server/sql/stats github.com/dolthub/go-mysql-server/sql/transform github.com/dolthub/go-mysql-server/sql/variables"
	"github.com/jaegertracing/jaeger v1.75.0 github.com/jaegertracing/jaeger/cmd/anonymizer/app/query github.com/jaegertracing/jaeger/cmd/anonymizer/app/writer github.com/jaegertracing/jaeger/cmd/collector/app github.com/jaegertracing/jaeger/cmd/collector/app/handler github.com/jaegertracing/jaeger/cmd/collector/app/processor github.com/jaegertracing/jaeger/cmd/collector/app/queue github.com/jaegertracing/jaeger/cmd/collector/app/server github.com/jaegertracing/jaeger/cmd/es-index-cleaner/app github.com/jaegertracing/jaeger/cmd/es-rollover/app github.com/jaegertracing/jaeger/cmd/es-rollover/app/init github.com/jaegertracing/jaeger/cmd/es-rollover/app/rollover github.com/jaegertracing/jaeger/cmd/ingester/app/consumer/offset github.com/jaegertracing/jaeger/cmd/ingester/app/processor github.com/jaegertracing/jaeger/cmd/internal/status github.com/jaegertracing/jaeger/cmd/jaeger/internal/exporters/storageexporter github.com/jaegertracing/jaeger/cmd/jaeger/internal/extension/expvar github.com/jaegertracing/jaeger/cmd/jaeger/internal/extension/jaegerstorage github.com/jaegertracing/jaeger/cmd/jaeger/internal/extension/remotesampling github.com/jaegertracing/jaeger/cmd/jaeger/internal/extension/remotestorage github.com/jaegertracing/jaeger/cmd/query/app/ui github.com/jaegertracing/jaeger/cmd/remote-storage/app github.com/jaegertracing/jaeger/internal/config/tlscfg github.com/jaegertracing/jaeger/internal/distributedlock github.com/jaegertracing/jaeger/internal/fswatcher github.com/jaegertracing/jaeger/internal/gzipfs github.com/jaegertracing/jaeger/internal/healthcheck github.com/jaegertracing/jaeger/internal/httpfs github.com/jaegertracing/jaeger/internal/leaderelection github.com/jaegertracing/jaeger/internal/sampling/grpc github.com/jaegertracing/jaeger/internal/sampling/http github.com/jaegertracing/jaeger/internal/sampling/samplingstrategy/adaptive github.com/jaegertracing/jaeger/internal/sampling/samplingstrategy/file github.com/jaegertracing/jaeger/internal/storage/cassandra/gocql github.com/jaegertracing/jaeger/internal/storage/distributedlock/cassandra github.com/jaegertracing/jaeger/internal/storage/elasticsearch/client github.com/jaegertracing/jaeger/internal/storage/elasticsearch/config github.com/jaegertracing/jaeger/internal/storage/kafka/auth github.com/jaegertracing/jaeger/internal/storage/kafka/producer github.com/jaegertracing/jaeger/internal/storage/metricstore/prometheus/metricstore github.com/jaegertracing/jaeger/internal/storage/v1/badger github.com/jaegertracing/jaeger/internal/storage/v1/badger/dependencystore github.com/jaegertracing/jaeger/internal/storage/v1/badger/samplingstore github.com/jaegertracing/jaeger/internal/storage/v1/badger/spanstore github.com/jaegertracing/jaeger/internal/storage/v1/cassandra github.com/jaegertracing/jaeger/internal/storage/v1/cassandra/spanstore github.com/jaegertracing/jaeger/internal/storage/v1/elasticsearch/spanstore github.com/jaegertracing/jaeger/internal/storage/v1/grpc github.com/jaegertracing/jaeger/internal/storage/v1/grpc/shared github.com/jaegertracing/jaeger/internal/storage/v1/kafka github.com/jaegertracing/jaeger/internal/storage/v1/memory github.com/jaegertracing/jaeger/internal/storage/v2/badger github.com/jaegertracing/jaeger/internal/storage/v2/clickhouse github.com/jaegertracing/jaeger/internal/storage/v2/clickhouse/depstore github.com/jaegertracing/jaeger/internal/storage/v2/clickhouse/tracestore github.com/jaegertracing/jaeger/internal/storage/v2/grpc github.com/jaegertracing/jaeger/internal/storage/v2/memory"
	"github.com/goreleaser/goreleaser/v2 v2.17.0 github.com/goreleaser/goreleaser/v2/cmd github.com/goreleaser/goreleaser/v2/internal/archivefiles github.com/goreleaser/goreleaser/v2/internal/artifact github.com/goreleaser/goreleaser/v2/internal/builders/base github.com/goreleaser/goreleaser/v2/internal/builders/golang github.com/goreleaser/goreleaser/v2/internal/builders/rust github.com/goreleaser/goreleaser/v2/internal/builders/zig github.com/goreleaser/goreleaser/v2/internal/builders/node github.com/goreleaser/goreleaser/v2/internal/cargo github.com/goreleaser/goreleaser/v2/internal/changelog github.com/goreleaser/goreleaser/v2/internal/client github.com/goreleaser/goreleaser/v2/internal/elf github.com/goreleaser/goreleaser/v2/internal/exec github.com/goreleaser/goreleaser/v2/internal/extrafiles github.com/goreleaser/goreleaser/v2/internal/gio github.com/goreleaser/goreleaser/v2/internal/git github.com/goreleaser/goreleaser/v2/internal/http github.com/goreleaser/goreleaser/v2/internal/nodedist github.com/goreleaser/goreleaser/v2/internal/packagejson github.com/goreleaser/goreleaser/v2/internal/pyproject github.com/goreleaser/goreleaser/v2/internal/pipe/archive github.com/goreleaser/goreleaser/v2/internal/pipe/artifactory github.com/goreleaser/goreleaser/v2/internal/pipe/before github.com/goreleaser/goreleaser/v2/internal/pipe/blob github.com/goreleaser/goreleaser/v2/internal/pipe/build github.com/goreleaser/goreleaser/v2/internal/pipe/checksums github.com/goreleaser/goreleaser/v2/internal/pipe/custompublishers github.com/goreleaser/goreleaser/v2/internal/pipe/dist github.com/goreleaser/goreleaser/v2/internal/pipe/docker github.com/goreleaser/goreleaser/v2/internal/pipe/docker/v2 github.com/goreleaser/goreleaser/v2/internal/pipe/dockerdigest github.com/goreleaser/goreleaser/v2/internal/pipe/git github.com/goreleaser/goreleaser/v2/internal/pipe/gomod github.com/goreleaser/goreleaser/v2/internal/pipe/ko github.com/goreleaser/goreleaser/v2/internal/pipe/makeself github.com/goreleaser/goreleaser/v2/internal/pipe/metadata github.com/goreleaser/goreleaser/v2/internal/pipe/nfpm github.com/goreleaser/goreleaser/v2/internal/pipe/notary github.com/goreleaser/goreleaser/v2/internal/pipe/release github.com/goreleaser/goreleaser/v2/internal/pipe/reportsizes github.com/goreleaser/goreleaser/v2/internal/pipe/sbom github.com/goreleaser/goreleaser/v2/internal/pipe/sign github.com/goreleaser/goreleaser/v2/internal/pipe/smtp github.com/goreleaser/goreleaser/v2/internal/pipe/snapcraft github.com/goreleaser/goreleaser/v2/internal/pipe/sourcearchive github.com/goreleaser/goreleaser/v2/internal/pipe/srpm github.com/goreleaser/goreleaser/v2/internal/pipe/universalbinary github.com/goreleaser/goreleaser/v2/internal/pipe/upload github.com/goreleaser/goreleaser/v2/internal/pipe/upx github.com/goreleaser/goreleaser/v2/internal/pipe/webhook github.com/goreleaser/goreleaser/v2/internal/shell github.com/goreleaser/goreleaser/v2/internal/semerrgroup github.com/goreleaser/goreleaser/v2/pkg/archive github.com/goreleaser/goreleaser/v2/pkg/archive/gzip github.com/goreleaser/goreleaser/v2/pkg/archive/tar github.com/goreleaser/goreleaser/v2/pkg/archive/targz github.com/goreleaser/goreleaser/v2/pkg/archive/tarxz github.com/goreleaser/goreleaser/v2/pkg/archive/tarzst github.com/goreleaser/goreleaser/v2/pkg/archive/xz github.com/goreleaser/goreleaser/v2/pkg/archive/zip github.com/goreleaser/goreleaser/v2/pkg/config github.com/goreleaser/goreleaser/v2/pkg/context github.com/goreleaser/goreleaser/v2/pkg/healthcheck"
	"k8s.io/kubectl v0.37.2 k8s.io/kubectl/pkg/cmd k8s.io/kubectl/pkg/cmd/apply k8s.io/kubectl/pkg/cmd/attach k8s.io/kubectl/pkg/cmd/auth k8s.io/kubectl/pkg/cmd/config k8s.io/kubectl/pkg/cmd/cp k8s.io/kubectl/pkg/cmd/create k8s.io/kubectl/pkg/cmd/debug k8s.io/kubectl/pkg/cmd/delete k8s.io/kubectl/pkg/cmd/describe k8s.io/kubectl/pkg/cmd/diff k8s.io/kubectl/pkg/cmd/drain k8s.io/kubectl/pkg/cmd/edit k8s.io/kubectl/pkg/cmd/events k8s.io/kubectl/pkg/cmd/exec k8s.io/kubectl/pkg/cmd/get k8s.io/kubectl/pkg/cmd/kuberc k8s.io/kubectl/pkg/cmd/kustomize k8s.io/kubectl/pkg/cmd/logs k8s.io/kubectl/pkg/cmd/plugin k8s.io/kubectl/pkg/cmd/portforward k8s.io/kubectl/pkg/cmd/proxy k8s.io/kubectl/pkg/cmd/replace k8s.io/kubectl/pkg/cmd/rollout k8s.io/kubectl/pkg/cmd/run k8s.io/kubectl/pkg/cmd/top k8s.io/kubectl/pkg/cmd/util k8s.io/kubectl/pkg/cmd/util/editor k8s.io/kubectl/pkg/cmd/util/podcmd k8s.io/kubectl/pkg/cmd/wait k8s.io/kubectl/pkg/describe k8s.io/kubectl/pkg/drain k8s.io/kubectl/pkg/kuberc k8s.io/kubectl/pkg/proxy k8s.io/kubectl/pkg/rawhttp k8s.io/kubectl/pkg/polymorphichelpers k8s.io/kubectl/pkg/util/interrupt k8s.io/kubectl/pkg/util/term k8s.io/kubectl/pkg/util/openapi k8s.io/kubectl/pkg/util/prune"
	"github.com/grpc-ecosystem/grpc-gateway/v2 v2.34.0 github.com/grpc-ecosystem/grpc-gateway/v2/internal/casing github.com/grpc-ecosystem/grpc-gateway/v2/internal/codegenerator github.com/grpc-ecosystem/grpc-gateway/v2/internal/descriptor github.com/grpc-ecosystem/grpc-gateway/v2/internal/descriptor/apiconfig github.com/grpc-ecosystem/grpc-gateway/v2/internal/descriptor/openapiconfig github.com/grpc-ecosystem/grpc-gateway/v2/internal/generator github.com/grpc-ecosystem/grpc-gateway/v2/internal/httprule github.com/grpc-ecosystem/grpc-gateway/v2/openapiv3-merge github.com/grpc-ecosystem/grpc-gateway/v2/openapiv3-merge/internal/merge github.com/grpc-ecosystem/grpc-gateway/v2/protoc-gen-grpc-gateway github.com/grpc-ecosystem/grpc-gateway/v2/protoc-gen-grpc-gateway/internal/gengateway github.com/grpc-ecosystem/grpc-gateway/v2/protoc-gen-openapiv2 github.com/grpc-ecosystem/grpc-gateway/v2/protoc-gen-openapiv2/internal/genopenapi github.com/grpc-ecosystem/grpc-gateway/v2/protoc-gen-openapiv2/options github.com/grpc-ecosystem/grpc-gateway/v2/protoc-gen-openapiv3 github.com/grpc-ecosystem/grpc-gateway/v2/protoc-gen-openapiv3/internal/genopenapi github.com/grpc-ecosystem/grpc-gateway/v2/protoc-gen-openapiv3/options github.com/grpc-ecosystem/grpc-gateway/v2/runtime github.com/grpc-ecosystem/grpc-gateway/v2/utilities"
	"charm.land/wish/v2 v2.0.5 charm.land/wish/v2 charm.land/wish/v2/accesscontrol charm.land/wish/v2/activeterm charm.land/wish/v2/bubbletea charm.land/wish/v2/comment charm.land/wish/v2/elapsed charm.land/wish/v2/git charm.land/wish/v2/logging charm.land/wish/v2/ratelimiter charm.land/wish/v2/recover charm.land/wish/v2/scp"
	"charm.land/bubbletea/v2 v2.1.1 charm.land/bubbletea/v2"
)
heldout44=(
	"github.com/prometheus/node_exporter v1.12.1 github.com/prometheus/node_exporter github.com/prometheus/node_exporter/collector github.com/prometheus/node_exporter/collector/utils"
	"github.com/Azure/azure-sdk-for-go/sdk/messaging/azservicebus v1.11.0 github.com/Azure/azure-sdk-for-go/sdk/messaging/azservicebus github.com/Azure/azure-sdk-for-go/sdk/messaging/azservicebus/admin github.com/Azure/azure-sdk-for-go/sdk/messaging/azservicebus/internal github.com/Azure/azure-sdk-for-go/sdk/messaging/azservicebus/internal/amqpwrap github.com/Azure/azure-sdk-for-go/sdk/messaging/azservicebus/internal/atom github.com/Azure/azure-sdk-for-go/sdk/messaging/azservicebus/internal/auth github.com/Azure/azure-sdk-for-go/sdk/messaging/azservicebus/internal/conn github.com/Azure/azure-sdk-for-go/sdk/messaging/azservicebus/internal/exported github.com/Azure/azure-sdk-for-go/sdk/messaging/azservicebus/internal/sas github.com/Azure/azure-sdk-for-go/sdk/messaging/azservicebus/internal/sbauth github.com/Azure/azure-sdk-for-go/sdk/messaging/azservicebus/internal/utils"
	"github.com/google/certificate-transparency-go v1.4.0 github.com/google/certificate-transparency-go github.com/google/certificate-transparency-go/asn1 github.com/google/certificate-transparency-go/client github.com/google/certificate-transparency-go/client/configpb github.com/google/certificate-transparency-go/client/ctclient github.com/google/certificate-transparency-go/client/ctclient/cmd github.com/google/certificate-transparency-go/ctpolicy github.com/google/certificate-transparency-go/ctutil github.com/google/certificate-transparency-go/ctutil/sctcheck github.com/google/certificate-transparency-go/ctutil/sctscan github.com/google/certificate-transparency-go/fixchain github.com/google/certificate-transparency-go/fixchain/chainfix github.com/google/certificate-transparency-go/gossip/minimal/x509ext github.com/google/certificate-transparency-go/jsonclient github.com/google/certificate-transparency-go/logid github.com/google/certificate-transparency-go/loglist3 github.com/google/certificate-transparency-go/preload github.com/google/certificate-transparency-go/preload/dumpscts github.com/google/certificate-transparency-go/preload/preloader github.com/google/certificate-transparency-go/scanner github.com/google/certificate-transparency-go/scanner/scanlog github.com/google/certificate-transparency-go/schedule github.com/google/certificate-transparency-go/submission github.com/google/certificate-transparency-go/submission/hammer github.com/google/certificate-transparency-go/submission/server github.com/google/certificate-transparency-go/tls github.com/google/certificate-transparency-go/trillian/ctfe github.com/google/certificate-transparency-go/trillian/ctfe/cache github.com/google/certificate-transparency-go/trillian/ctfe/cache/lru github.com/google/certificate-transparency-go/trillian/ctfe/cache/noop github.com/google/certificate-transparency-go/trillian/ctfe/configpb github.com/google/certificate-transparency-go/trillian/ctfe/ct_server github.com/google/certificate-transparency-go/trillian/ctfe/storage github.com/google/certificate-transparency-go/trillian/ctfe/storage/mysql github.com/google/certificate-transparency-go/trillian/ctfe/storage/postgresql github.com/google/certificate-transparency-go/trillian/integration github.com/google/certificate-transparency-go/trillian/integration/ct_hammer github.com/google/certificate-transparency-go/trillian/migrillian github.com/google/certificate-transparency-go/trillian/migrillian/configpb github.com/google/certificate-transparency-go/trillian/migrillian/core github.com/google/certificate-transparency-go/trillian/util github.com/google/certificate-transparency-go/x509 github.com/google/certificate-transparency-go/x509/pkix github.com/google/certificate-transparency-go/x509util github.com/google/certificate-transparency-go/x509util/certcheck github.com/google/certificate-transparency-go/x509util/crlcheck"
	"github.com/regclient/regclient v0.11.7 github.com/regclient/regclient github.com/regclient/regclient/cmd/regbot github.com/regclient/regclient/cmd/regbot/internal/go2lua github.com/regclient/regclient/cmd/regbot/sandbox github.com/regclient/regclient/cmd/regctl github.com/regclient/regclient/cmd/regsync github.com/regclient/regclient/config github.com/regclient/regclient/internal/ascii github.com/regclient/regclient/internal/auth github.com/regclient/regclient/internal/cache github.com/regclient/regclient/internal/cobradoc github.com/regclient/regclient/internal/conffile github.com/regclient/regclient/internal/copyfs github.com/regclient/regclient/internal/diff github.com/regclient/regclient/internal/godbg github.com/regclient/regclient/internal/httplink github.com/regclient/regclient/internal/limitread github.com/regclient/regclient/internal/muset github.com/regclient/regclient/internal/pqueue github.com/regclient/regclient/internal/reghttp github.com/regclient/regclient/internal/regnet github.com/regclient/regclient/internal/reproducible github.com/regclient/regclient/internal/reqmeta github.com/regclient/regclient/internal/reqresp github.com/regclient/regclient/internal/semver github.com/regclient/regclient/internal/sloghandle github.com/regclient/regclient/internal/strparse github.com/regclient/regclient/internal/timejson github.com/regclient/regclient/internal/units github.com/regclient/regclient/internal/version github.com/regclient/regclient/mod github.com/regclient/regclient/pkg/archive github.com/regclient/regclient/pkg/template github.com/regclient/regclient/scheme github.com/regclient/regclient/scheme/ocidir github.com/regclient/regclient/scheme/reg github.com/regclient/regclient/types github.com/regclient/regclient/types/blob github.com/regclient/regclient/types/descriptor github.com/regclient/regclient/types/docker github.com/regclient/regclient/types/docker/schema1 github.com/regclient/regclient/types/docker/schema2 github.com/regclient/regclient/types/errs github.com/regclient/regclient/types/manifest github.com/regclient/regclient/types/mediatype github.com/regclient/regclient/types/oci github.com/regclient/regclient/types/oci/v1 github.com/regclient/regclient/types/ping github.com/regclient/regclient/types/platform github.com/regclient/regclient/types/ref github.com/regclient/regclient/types/referrer github.com/regclient/regclient/types/repo github.com/regclient/regclient/types/tag github.com/regclient/regclient/types/warning"
	"github.com/anacrolix/torrent v1.61.0 github.com/anacrolix/torrent github.com/anacrolix/torrent/analysis github.com/anacrolix/torrent/bencode github.com/anacrolix/torrent/cmd/magnet-metainfo github.com/anacrolix/torrent/cmd/torrent github.com/anacrolix/torrent/cmd/torrent-pick github.com/anacrolix/torrent/cmd/torrent2 github.com/anacrolix/torrent/dialer github.com/anacrolix/torrent/fs github.com/anacrolix/torrent/fs/cmd/torrentfs github.com/anacrolix/torrent/internal/alloclim github.com/anacrolix/torrent/internal/amortize github.com/anacrolix/torrent/internal/check github.com/anacrolix/torrent/internal/ctxrw github.com/anacrolix/torrent/internal/extracmp github.com/anacrolix/torrent/internal/indexed github.com/anacrolix/torrent/internal/limiter github.com/anacrolix/torrent/internal/math github.com/anacrolix/torrent/internal/mytimer github.com/anacrolix/torrent/internal/nestedmaps github.com/anacrolix/torrent/internal/request-strategy github.com/anacrolix/torrent/iplist github.com/anacrolix/torrent/iplist/cmd/iplist github.com/anacrolix/torrent/iplist/cmd/pack-blocklist github.com/anacrolix/torrent/merkle github.com/anacrolix/torrent/metainfo github.com/anacrolix/torrent/mmap-span github.com/anacrolix/torrent/mse github.com/anacrolix/torrent/mse/cmd/mse github.com/anacrolix/torrent/peer_protocol github.com/anacrolix/torrent/peer_protocol/ut-holepunch github.com/anacrolix/torrent/segments github.com/anacrolix/torrent/smartban github.com/anacrolix/torrent/storage github.com/anacrolix/torrent/storage/disabled github.com/anacrolix/torrent/storage/possum github.com/anacrolix/torrent/storage/sqlite github.com/anacrolix/torrent/tracker github.com/anacrolix/torrent/tracker/http github.com/anacrolix/torrent/tracker/http/server github.com/anacrolix/torrent/tracker/server github.com/anacrolix/torrent/tracker/shared github.com/anacrolix/torrent/tracker/udp github.com/anacrolix/torrent/tracker/udp/server github.com/anacrolix/torrent/typed-roaring github.com/anacrolix/torrent/types github.com/anacrolix/torrent/types/infohash github.com/anacrolix/torrent/types/infohash-v2 github.com/anacrolix/torrent/util/dirwatch github.com/anacrolix/torrent/version github.com/anacrolix/torrent/webseed github.com/anacrolix/torrent/webtorrent"
	"github.com/slackhq/nebula v1.10.3 github.com/slackhq/nebula github.com/slackhq/nebula/cert github.com/slackhq/nebula/cert/p256 github.com/slackhq/nebula/cmd/nebula github.com/slackhq/nebula/cmd/nebula-cert github.com/slackhq/nebula/cmd/nebula-service github.com/slackhq/nebula/config github.com/slackhq/nebula/firewall github.com/slackhq/nebula/header github.com/slackhq/nebula/iputil github.com/slackhq/nebula/noiseutil github.com/slackhq/nebula/overlay github.com/slackhq/nebula/pkclient github.com/slackhq/nebula/routing github.com/slackhq/nebula/service github.com/slackhq/nebula/sshd github.com/slackhq/nebula/udp github.com/slackhq/nebula/util"
	"github.com/markbates/goth v1.82.0 github.com/markbates/goth github.com/markbates/goth/gothic github.com/markbates/goth/providers/amazon github.com/markbates/goth/providers/apple github.com/markbates/goth/providers/auth0 github.com/markbates/goth/providers/azuread github.com/markbates/goth/providers/azureadv2 github.com/markbates/goth/providers/battlenet github.com/markbates/goth/providers/bitbucket github.com/markbates/goth/providers/bitly github.com/markbates/goth/providers/box github.com/markbates/goth/providers/classlink github.com/markbates/goth/providers/cloudfoundry github.com/markbates/goth/providers/cognito github.com/markbates/goth/providers/dailymotion github.com/markbates/goth/providers/deezer github.com/markbates/goth/providers/digitalocean github.com/markbates/goth/providers/discord github.com/markbates/goth/providers/dropbox github.com/markbates/goth/providers/eveonline github.com/markbates/goth/providers/facebook github.com/markbates/goth/providers/faux github.com/markbates/goth/providers/fitbit github.com/markbates/goth/providers/gitea github.com/markbates/goth/providers/github github.com/markbates/goth/providers/gitlab github.com/markbates/goth/providers/google github.com/markbates/goth/providers/gplus github.com/markbates/goth/providers/heroku github.com/markbates/goth/providers/hubspot github.com/markbates/goth/providers/influxcloud github.com/markbates/goth/providers/instagram github.com/markbates/goth/providers/intercom github.com/markbates/goth/providers/kakao github.com/markbates/goth/providers/lark github.com/markbates/goth/providers/lastfm github.com/markbates/goth/providers/line github.com/markbates/goth/providers/linkedin github.com/markbates/goth/providers/mailru github.com/markbates/goth/providers/mastodon github.com/markbates/goth/providers/meetup github.com/markbates/goth/providers/microsoftonline github.com/markbates/goth/providers/naver github.com/markbates/goth/providers/nextcloud github.com/markbates/goth/providers/okta github.com/markbates/goth/providers/onedrive github.com/markbates/goth/providers/openidConnect github.com/markbates/goth/providers/oura github.com/markbates/goth/providers/patreon github.com/markbates/goth/providers/paypal github.com/markbates/goth/providers/reddit github.com/markbates/goth/providers/salesforce github.com/markbates/goth/providers/seatalk github.com/markbates/goth/providers/shopify github.com/markbates/goth/providers/slack github.com/markbates/goth/providers/soundcloud github.com/markbates/goth/providers/spotify github.com/markbates/goth/providers/steam github.com/markbates/goth/providers/strava github.com/markbates/goth/providers/stripe github.com/markbates/goth/providers/tiktok github.com/markbates/goth/providers/tumblr github.com/markbates/goth/providers/twitch github.com/markbates/goth/providers/twitter github.com/markbates/goth/providers/twitterv2 github.com/markbates/goth/providers/typetalk github.com/markbates/goth/providers/uber github.com/markbates/goth/providers/vk github.com/markbates/goth/providers/wechat github.com/markbates/goth/providers/wecom github.com/markbates/goth/providers/wepay github.com/markbates/goth/providers/xero github.com/markbates/goth/providers/yahoo github.com/markbates/goth/providers/yammer github.com/markbates/goth/providers/yandex github.com/markbates/goth/providers/zoom"
	"github.com/restic/restic v0.19.1 github.com/restic/restic github.com/restic/restic/cmd/restic github.com/restic/restic/internal/archiver github.com/restic/restic/internal/backend github.com/restic/restic/internal/backend/all github.com/restic/restic/internal/backend/azure github.com/restic/restic/internal/backend/b2 github.com/restic/restic/internal/backend/cache github.com/restic/restic/internal/backend/dryrun github.com/restic/restic/internal/backend/gs github.com/restic/restic/internal/backend/layout github.com/restic/restic/internal/backend/limiter github.com/restic/restic/internal/backend/local github.com/restic/restic/internal/backend/location github.com/restic/restic/internal/backend/logger github.com/restic/restic/internal/backend/mem github.com/restic/restic/internal/backend/rclone github.com/restic/restic/internal/backend/rest github.com/restic/restic/internal/backend/retry github.com/restic/restic/internal/backend/s3 github.com/restic/restic/internal/backend/sema github.com/restic/restic/internal/backend/sftp github.com/restic/restic/internal/backend/swift github.com/restic/restic/internal/backend/util github.com/restic/restic/internal/bloblru github.com/restic/restic/internal/checker github.com/restic/restic/internal/crypto github.com/restic/restic/internal/data github.com/restic/restic/internal/debug github.com/restic/restic/internal/dump github.com/restic/restic/internal/errors github.com/restic/restic/internal/feature github.com/restic/restic/internal/filter github.com/restic/restic/internal/fs github.com/restic/restic/internal/fuse github.com/restic/restic/internal/global github.com/restic/restic/internal/migrations github.com/restic/restic/internal/options github.com/restic/restic/internal/repository github.com/restic/restic/internal/repository/hashing github.com/restic/restic/internal/repository/index github.com/restic/restic/internal/repository/pack github.com/restic/restic/internal/restic github.com/restic/restic/internal/restorer github.com/restic/restic/internal/selfupdate github.com/restic/restic/internal/terminal github.com/restic/restic/internal/textfile github.com/restic/restic/internal/ui github.com/restic/restic/internal/ui/backup github.com/restic/restic/internal/ui/progress github.com/restic/restic/internal/ui/restore github.com/restic/restic/internal/ui/signals github.com/restic/restic/internal/ui/table github.com/restic/restic/internal/ui/termstatus github.com/restic/restic/internal/walker"
	"github.com/jhillyerd/enmime/v2 v2.5.0 github.com/jhillyerd/enmime/v2 github.com/jhillyerd/enmime/v2/cmd github.com/jhillyerd/enmime/v2/cmd/mime-dump github.com/jhillyerd/enmime/v2/cmd/mime-extractor github.com/jhillyerd/enmime/v2/dsn github.com/jhillyerd/enmime/v2/internal/coding github.com/jhillyerd/enmime/v2/internal/stringutil github.com/jhillyerd/enmime/v2/internal/textproto github.com/jhillyerd/enmime/v2/mediatype"
	"github.com/junegunn/fzf v0.74.4 github.com/junegunn/fzf github.com/junegunn/fzf/src github.com/junegunn/fzf/src/algo github.com/junegunn/fzf/src/protector github.com/junegunn/fzf/src/tui github.com/junegunn/fzf/src/util"
	"github.com/zeromicro/go-zero v1.10.3 github.com/zeromicro/go-zero/core/bloom github.com/zeromicro/go-zero/core/breaker github.com/zeromicro/go-zero/core/cmdline github.com/zeromicro/go-zero/core/codec github.com/zeromicro/go-zero/core/collection github.com/zeromicro/go-zero/core/color github.com/zeromicro/go-zero/core/conf github.com/zeromicro/go-zero/core/configcenter github.com/zeromicro/go-zero/core/configcenter/subscriber github.com/zeromicro/go-zero/core/contextx github.com/zeromicro/go-zero/core/discov github.com/zeromicro/go-zero/core/discov/internal github.com/zeromicro/go-zero/core/errorx github.com/zeromicro/go-zero/core/executors github.com/zeromicro/go-zero/core/filex github.com/zeromicro/go-zero/core/fs github.com/zeromicro/go-zero/core/fx github.com/zeromicro/go-zero/core/hash github.com/zeromicro/go-zero/core/iox github.com/zeromicro/go-zero/core/jsonx github.com/zeromicro/go-zero/core/lang github.com/zeromicro/go-zero/core/limit github.com/zeromicro/go-zero/core/load github.com/zeromicro/go-zero/core/logc github.com/zeromicro/go-zero/core/logx github.com/zeromicro/go-zero/core/mapping github.com/zeromicro/go-zero/core/mathx github.com/zeromicro/go-zero/core/metric github.com/zeromicro/go-zero/core/mr github.com/zeromicro/go-zero/core/naming github.com/zeromicro/go-zero/core/netx github.com/zeromicro/go-zero/core/proc github.com/zeromicro/go-zero/core/prof github.com/zeromicro/go-zero/core/prometheus github.com/zeromicro/go-zero/core/queue github.com/zeromicro/go-zero/core/rescue github.com/zeromicro/go-zero/core/search github.com/zeromicro/go-zero/core/service github.com/zeromicro/go-zero/core/stat github.com/zeromicro/go-zero/core/stat/internal github.com/zeromicro/go-zero/core/stores/builder github.com/zeromicro/go-zero/core/stores/cache github.com/zeromicro/go-zero/core/stores/kv github.com/zeromicro/go-zero/core/stores/mon github.com/zeromicro/go-zero/core/stores/monc github.com/zeromicro/go-zero/core/stores/postgres github.com/zeromicro/go-zero/core/stores/redis github.com/zeromicro/go-zero/core/stores/sqlc github.com/zeromicro/go-zero/core/stores/sqlx github.com/zeromicro/go-zero/core/stringx github.com/zeromicro/go-zero/core/syncx github.com/zeromicro/go-zero/core/sysx github.com/zeromicro/go-zero/core/threading github.com/zeromicro/go-zero/core/timex github.com/zeromicro/go-zero/core/trace github.com/zeromicro/go-zero/core/utils github.com/zeromicro/go-zero/core/validation github.com/zeromicro/go-zero/gateway github.com/zeromicro/go-zero/gateway/internal github.com/zeromicro/go-zero/internal/devserver github.com/zeromicro/go-zero/internal/encoding github.com/zeromicro/go-zero/internal/health github.com/zeromicro/go-zero/internal/profiling github.com/zeromicro/go-zero/internal/trace github.com/zeromicro/go-zero/mcp github.com/zeromicro/go-zero/rest github.com/zeromicro/go-zero/rest/chain github.com/zeromicro/go-zero/rest/handler github.com/zeromicro/go-zero/rest/httpc github.com/zeromicro/go-zero/rest/httpc/internal github.com/zeromicro/go-zero/rest/httpx github.com/zeromicro/go-zero/rest/internal github.com/zeromicro/go-zero/rest/internal/cors github.com/zeromicro/go-zero/rest/internal/encoding github.com/zeromicro/go-zero/rest/internal/errcode github.com/zeromicro/go-zero/rest/internal/fileserver github.com/zeromicro/go-zero/rest/internal/header github.com/zeromicro/go-zero/rest/internal/response github.com/zeromicro/go-zero/rest/internal/security github.com/zeromicro/go-zero/rest/pathvar github.com/zeromicro/go-zero/rest/router github.com/zeromicro/go-zero/rest/token github.com/zeromicro/go-zero/zrpc github.com/zeromicro/go-zero/zrpc/internal github.com/zeromicro/go-zero/zrpc/internal/auth github.com/zeromicro/go-zero/zrpc/internal/balancer/consistenthash github.com/zeromicro/go-zero/zrpc/internal/balancer/p2c github.com/zeromicro/go-zero/zrpc/internal/clientinterceptors github.com/zeromicro/go-zero/zrpc/internal/codes github.com/zeromicro/go-zero/zrpc/internal/serverinterceptors github.com/zeromicro/go-zero/zrpc/resolver github.com/zeromicro/go-zero/zrpc/resolver/internal github.com/zeromicro/go-zero/zrpc/resolver/internal/kube github.com/zeromicro/go-zero/zrpc/resolver/internal/targets"
	"github.com/snowflakedb/gosnowflake v1.19.1 github.com/snowflakedb/gosnowflake github.com/snowflakedb/gosnowflake/internal/compilation github.com/snowflakedb/gosnowflake/internal/os"
	"github.com/nektos/act v0.2.89 github.com/nektos/act github.com/nektos/act/cmd github.com/nektos/act/pkg/artifactcache github.com/nektos/act/pkg/artifacts github.com/nektos/act/pkg/common github.com/nektos/act/pkg/common/git github.com/nektos/act/pkg/container github.com/nektos/act/pkg/exprparser github.com/nektos/act/pkg/filecollector github.com/nektos/act/pkg/gh github.com/nektos/act/pkg/lookpath github.com/nektos/act/pkg/model github.com/nektos/act/pkg/runner github.com/nektos/act/pkg/schema github.com/nektos/act/pkg/workflowpattern"
	"github.com/containers/gvisor-tap-vsock v0.8.9 github.com/containers/gvisor-tap-vsock/cmd/gvproxy github.com/containers/gvisor-tap-vsock/cmd/qemu-wrapper github.com/containers/gvisor-tap-vsock/cmd/ssh-over-vsock github.com/containers/gvisor-tap-vsock/cmd/test-companion github.com/containers/gvisor-tap-vsock/cmd/vm github.com/containers/gvisor-tap-vsock/pkg/client github.com/containers/gvisor-tap-vsock/pkg/fs github.com/containers/gvisor-tap-vsock/pkg/net/stdio github.com/containers/gvisor-tap-vsock/pkg/notification github.com/containers/gvisor-tap-vsock/pkg/services/dhcp github.com/containers/gvisor-tap-vsock/pkg/services/dns github.com/containers/gvisor-tap-vsock/pkg/services/forwarder github.com/containers/gvisor-tap-vsock/pkg/sshclient github.com/containers/gvisor-tap-vsock/pkg/tap github.com/containers/gvisor-tap-vsock/pkg/transport github.com/containers/gvisor-tap-vsock/pkg/types github.com/containers/gvisor-tap-vsock/pkg/utils github.com/containers/gvisor-tap-vsock/pkg/virtualnetwork"
	"github.com/pocketbase/pocketbase v0.39.11 github.com/pocketbase/pocketbase github.com/pocketbase/pocketbase/apis github.com/pocketbase/pocketbase/cmd github.com/pocketbase/pocketbase/core github.com/pocketbase/pocketbase/core/validators github.com/pocketbase/pocketbase/forms github.com/pocketbase/pocketbase/mails github.com/pocketbase/pocketbase/mails/templates github.com/pocketbase/pocketbase/migrations github.com/pocketbase/pocketbase/plugins/ghupdate github.com/pocketbase/pocketbase/plugins/jsvm github.com/pocketbase/pocketbase/plugins/jsvm/internal/types/generated github.com/pocketbase/pocketbase/plugins/migratecmd github.com/pocketbase/pocketbase/tools/archive github.com/pocketbase/pocketbase/tools/auth github.com/pocketbase/pocketbase/tools/auth/internal/jwk github.com/pocketbase/pocketbase/tools/cron github.com/pocketbase/pocketbase/tools/dbutils github.com/pocketbase/pocketbase/tools/filesystem github.com/pocketbase/pocketbase/tools/filesystem/blob github.com/pocketbase/pocketbase/tools/filesystem/internal/fileblob github.com/pocketbase/pocketbase/tools/filesystem/internal/s3blob github.com/pocketbase/pocketbase/tools/filesystem/internal/s3blob/s3 github.com/pocketbase/pocketbase/tools/hook github.com/pocketbase/pocketbase/tools/inflector github.com/pocketbase/pocketbase/tools/list github.com/pocketbase/pocketbase/tools/logger github.com/pocketbase/pocketbase/tools/mailer github.com/pocketbase/pocketbase/tools/osutils github.com/pocketbase/pocketbase/tools/picker github.com/pocketbase/pocketbase/tools/router github.com/pocketbase/pocketbase/tools/routine github.com/pocketbase/pocketbase/tools/search github.com/pocketbase/pocketbase/tools/security github.com/pocketbase/pocketbase/tools/store github.com/pocketbase/pocketbase/tools/subscriptions github.com/pocketbase/pocketbase/tools/template github.com/pocketbase/pocketbase/tools/tokenizer github.com/pocketbase/pocketbase/tools/types github.com/pocketbase/pocketbase/ui"
)
heldout45=(
	"github.com/google/trillian v1.8.0 github.com/google/trillian github.com/google/trillian/client github.com/google/trillian/client/backoff github.com/google/trillian/client/rpcflags github.com/google/trillian/cmd github.com/google/trillian/cmd/createtree github.com/google/trillian/cmd/deletetree github.com/google/trillian/cmd/internal/provider github.com/google/trillian/cmd/internal/serverutil github.com/google/trillian/cmd/trillian_log_server github.com/google/trillian/cmd/trillian_log_signer github.com/google/trillian/cmd/updatetree github.com/google/trillian/crypto/keys github.com/google/trillian/crypto/keys/der github.com/google/trillian/crypto/keys/pem github.com/google/trillian/crypto/keys/pkcs11 github.com/google/trillian/crypto/keyspb github.com/google/trillian/docs/claimantmodel/experimental/cmd/render github.com/google/trillian/docs/claimantmodel/experimental/cmd/render/internal github.com/google/trillian/docs/merkletree/treetex github.com/google/trillian/docs/storage/commit_log github.com/google/trillian/docs/storage/commit_log/signer github.com/google/trillian/docs/storage/commit_log/simelection github.com/google/trillian/docs/storage/commit_log/simkafka github.com/google/trillian/experimental/batchmap github.com/google/trillian/experimental/batchmap/cmd/build github.com/google/trillian/experimental/batchmap/cmd/verify github.com/google/trillian/extension github.com/google/trillian/integration github.com/google/trillian/integration/admin github.com/google/trillian/integration/format github.com/google/trillian/integration/quota github.com/google/trillian/integration/storagetest github.com/google/trillian/log github.com/google/trillian/merkle/coniks github.com/google/trillian/merkle/smt github.com/google/trillian/merkle/smt/node github.com/google/trillian/monitoring github.com/google/trillian/monitoring/prometheus github.com/google/trillian/quota github.com/google/trillian/quota/cacheqm github.com/google/trillian/quota/crdbqm github.com/google/trillian/quota/etcd github.com/google/trillian/quota/etcd/etcdqm github.com/google/trillian/quota/etcd/quotaapi github.com/google/trillian/quota/etcd/quotapb github.com/google/trillian/quota/etcd/storage github.com/google/trillian/quota/etcd/storagepb github.com/google/trillian/quota/mysqlqm github.com/google/trillian/quota/postgresqlqm github.com/google/trillian/quota/redis/redisqm github.com/google/trillian/quota/redis/redistb github.com/google/trillian/server github.com/google/trillian/server/admin github.com/google/trillian/server/errors github.com/google/trillian/server/interceptor github.com/google/trillian/storage github.com/google/trillian/storage/cache github.com/google/trillian/storage/cloudspanner github.com/google/trillian/storage/cloudspanner/spannerpb github.com/google/trillian/storage/crdb github.com/google/trillian/storage/memory github.com/google/trillian/storage/mysql github.com/google/trillian/storage/mysql/mysqlpb github.com/google/trillian/storage/postgresql github.com/google/trillian/storage/storagepb github.com/google/trillian/storage/tree github.com/google/trillian/trees github.com/google/trillian/types github.com/google/trillian/types/internal/tls github.com/google/trillian/util github.com/google/trillian/util/clock github.com/google/trillian/util/election github.com/google/trillian/util/election2 github.com/google/trillian/util/election2/etcd github.com/google/trillian/util/election2/k8s"
	"github.com/distribution/distribution/v3 v3.1.2 github.com/distribution/distribution/v3 github.com/distribution/distribution/v3/cmd/digest github.com/distribution/distribution/v3/cmd/registry github.com/distribution/distribution/v3/cmd/registry-api-descriptor-template github.com/distribution/distribution/v3/configuration github.com/distribution/distribution/v3/digestset github.com/distribution/distribution/v3/health github.com/distribution/distribution/v3/health/api github.com/distribution/distribution/v3/health/checks github.com/distribution/distribution/v3/internal/client github.com/distribution/distribution/v3/internal/client/auth github.com/distribution/distribution/v3/internal/client/auth/challenge github.com/distribution/distribution/v3/internal/client/transport github.com/distribution/distribution/v3/internal/dcontext github.com/distribution/distribution/v3/internal/requestutil github.com/distribution/distribution/v3/internal/uuid github.com/distribution/distribution/v3/manifest github.com/distribution/distribution/v3/manifest/manifestlist github.com/distribution/distribution/v3/manifest/ocischema github.com/distribution/distribution/v3/manifest/schema2 github.com/distribution/distribution/v3/metrics github.com/distribution/distribution/v3/notifications github.com/distribution/distribution/v3/registry github.com/distribution/distribution/v3/registry/api/errcode github.com/distribution/distribution/v3/registry/api/v2 github.com/distribution/distribution/v3/registry/auth github.com/distribution/distribution/v3/registry/auth/htpasswd github.com/distribution/distribution/v3/registry/auth/silly github.com/distribution/distribution/v3/registry/auth/token github.com/distribution/distribution/v3/registry/handlers github.com/distribution/distribution/v3/registry/listener github.com/distribution/distribution/v3/registry/middleware/registry github.com/distribution/distribution/v3/registry/middleware/repository github.com/distribution/distribution/v3/registry/proxy github.com/distribution/distribution/v3/registry/proxy/scheduler github.com/distribution/distribution/v3/registry/storage github.com/distribution/distribution/v3/registry/storage/cache github.com/distribution/distribution/v3/registry/storage/cache/cachecheck github.com/distribution/distribution/v3/registry/storage/cache/memory github.com/distribution/distribution/v3/registry/storage/cache/metrics github.com/distribution/distribution/v3/registry/storage/cache/redis github.com/distribution/distribution/v3/registry/storage/driver github.com/distribution/distribution/v3/registry/storage/driver/azure github.com/distribution/distribution/v3/registry/storage/driver/base github.com/distribution/distribution/v3/registry/storage/driver/factory github.com/distribution/distribution/v3/registry/storage/driver/filesystem github.com/distribution/distribution/v3/registry/storage/driver/gcs github.com/distribution/distribution/v3/registry/storage/driver/inmemory github.com/distribution/distribution/v3/registry/storage/driver/middleware github.com/distribution/distribution/v3/registry/storage/driver/middleware/cloudfront github.com/distribution/distribution/v3/registry/storage/driver/middleware/redirect github.com/distribution/distribution/v3/registry/storage/driver/middleware/rewrite github.com/distribution/distribution/v3/registry/storage/driver/s3-aws github.com/distribution/distribution/v3/tracing github.com/distribution/distribution/v3/version"
	"github.com/xtls/xray-core v1.260327.0 github.com/xtls/xray-core/app github.com/xtls/xray-core/app/commander github.com/xtls/xray-core/app/dispatcher github.com/xtls/xray-core/app/dns github.com/xtls/xray-core/app/log github.com/xtls/xray-core/app/log/command github.com/xtls/xray-core/app/metrics github.com/xtls/xray-core/app/observatory github.com/xtls/xray-core/app/observatory/burst github.com/xtls/xray-core/app/observatory/command github.com/xtls/xray-core/app/policy github.com/xtls/xray-core/app/proxyman github.com/xtls/xray-core/app/proxyman/command github.com/xtls/xray-core/app/proxyman/inbound github.com/xtls/xray-core/app/proxyman/outbound github.com/xtls/xray-core/app/reverse github.com/xtls/xray-core/app/router github.com/xtls/xray-core/app/router/command github.com/xtls/xray-core/app/stats github.com/xtls/xray-core/app/stats/command github.com/xtls/xray-core/app/version github.com/xtls/xray-core/common/buf github.com/xtls/xray-core/common/cache github.com/xtls/xray-core/common/drain github.com/xtls/xray-core/common/log github.com/xtls/xray-core/common/mux github.com/xtls/xray-core/common/net github.com/xtls/xray-core/common/ocsp github.com/xtls/xray-core/common/platform/filesystem github.com/xtls/xray-core/common/protocol github.com/xtls/xray-core/common/protocol/dns github.com/xtls/xray-core/common/protocol/http github.com/xtls/xray-core/common/protocol/tls/cert github.com/xtls/xray-core/common/retry github.com/xtls/xray-core/common/session github.com/xtls/xray-core/common/signal github.com/xtls/xray-core/common/signal/done github.com/xtls/xray-core/common/task github.com/xtls/xray-core/common/xudp github.com/xtls/xray-core/core github.com/xtls/xray-core/features/dns/localdns github.com/xtls/xray-core/features/routing github.com/xtls/xray-core/main/confloader github.com/xtls/xray-core/main/confloader/external github.com/xtls/xray-core/proxy github.com/xtls/xray-core/proxy/blackhole github.com/xtls/xray-core/proxy/dns github.com/xtls/xray-core/proxy/dokodemo github.com/xtls/xray-core/proxy/freedom github.com/xtls/xray-core/proxy/http github.com/xtls/xray-core/proxy/loopback github.com/xtls/xray-core/proxy/shadowsocks github.com/xtls/xray-core/proxy/socks github.com/xtls/xray-core/proxy/trojan github.com/xtls/xray-core/proxy/vless github.com/xtls/xray-core/proxy/vless/encoding github.com/xtls/xray-core/proxy/vless/inbound github.com/xtls/xray-core/proxy/vless/outbound github.com/xtls/xray-core/proxy/vmess github.com/xtls/xray-core/proxy/vmess/encoding github.com/xtls/xray-core/proxy/vmess/inbound github.com/xtls/xray-core/proxy/vmess/outbound github.com/xtls/xray-core/transport github.com/xtls/xray-core/transport/internet github.com/xtls/xray-core/transport/internet/grpc github.com/xtls/xray-core/transport/internet/httpupgrade github.com/xtls/xray-core/transport/internet/kcp github.com/xtls/xray-core/transport/internet/reality github.com/xtls/xray-core/transport/internet/splithttp github.com/xtls/xray-core/transport/internet/stat github.com/xtls/xray-core/transport/internet/tcp github.com/xtls/xray-core/transport/internet/tls github.com/xtls/xray-core/transport/internet/udp github.com/xtls/xray-core/transport/internet/websocket github.com/xtls/xray-core/transport/pipe"
	"github.com/cloudwego/hertz v0.10.4 github.com/cloudwego/hertz github.com/cloudwego/hertz/internal/bytesconv github.com/cloudwego/hertz/internal/bytestr github.com/cloudwego/hertz/internal/network github.com/cloudwego/hertz/internal/nocopy github.com/cloudwego/hertz/internal/stats github.com/cloudwego/hertz/internal/tagexpr github.com/cloudwego/hertz/internal/tagexpr/validator github.com/cloudwego/hertz/pkg/app github.com/cloudwego/hertz/pkg/app/client github.com/cloudwego/hertz/pkg/app/client/discovery github.com/cloudwego/hertz/pkg/app/client/loadbalance github.com/cloudwego/hertz/pkg/app/client/retry github.com/cloudwego/hertz/pkg/app/middlewares/client/sd github.com/cloudwego/hertz/pkg/app/middlewares/server/basic_auth github.com/cloudwego/hertz/pkg/app/middlewares/server/recovery github.com/cloudwego/hertz/pkg/app/server github.com/cloudwego/hertz/pkg/app/server/binding github.com/cloudwego/hertz/pkg/app/server/binding/internal/decoder github.com/cloudwego/hertz/pkg/app/server/registry github.com/cloudwego/hertz/pkg/app/server/render github.com/cloudwego/hertz/pkg/common/adaptor github.com/cloudwego/hertz/pkg/common/bytebufferpool github.com/cloudwego/hertz/pkg/common/compress github.com/cloudwego/hertz/pkg/common/config github.com/cloudwego/hertz/pkg/common/errors github.com/cloudwego/hertz/pkg/common/hlog github.com/cloudwego/hertz/pkg/common/json github.com/cloudwego/hertz/pkg/common/stackless github.com/cloudwego/hertz/pkg/common/timer github.com/cloudwego/hertz/pkg/common/tracer github.com/cloudwego/hertz/pkg/common/tracer/stats github.com/cloudwego/hertz/pkg/common/tracer/traceinfo github.com/cloudwego/hertz/pkg/common/ut github.com/cloudwego/hertz/pkg/common/utils github.com/cloudwego/hertz/pkg/network github.com/cloudwego/hertz/pkg/network/dialer github.com/cloudwego/hertz/pkg/network/netpoll github.com/cloudwego/hertz/pkg/network/standard github.com/cloudwego/hertz/pkg/protocol github.com/cloudwego/hertz/pkg/protocol/client github.com/cloudwego/hertz/pkg/protocol/consts github.com/cloudwego/hertz/pkg/protocol/http1 github.com/cloudwego/hertz/pkg/protocol/http1/ext github.com/cloudwego/hertz/pkg/protocol/http1/factory github.com/cloudwego/hertz/pkg/protocol/http1/proxy github.com/cloudwego/hertz/pkg/protocol/http1/req github.com/cloudwego/hertz/pkg/protocol/http1/resp github.com/cloudwego/hertz/pkg/protocol/sse github.com/cloudwego/hertz/pkg/protocol/suite github.com/cloudwego/hertz/pkg/route github.com/cloudwego/hertz/pkg/route/consts github.com/cloudwego/hertz/pkg/route/param"
	"github.com/thanos-io/objstore v0.0.0-20250804093838-71d60dfee488 github.com/thanos-io/objstore github.com/thanos-io/objstore/client github.com/thanos-io/objstore/clientutil github.com/thanos-io/objstore/errutil github.com/thanos-io/objstore/exthttp github.com/thanos-io/objstore/objtesting github.com/thanos-io/objstore/providers/azure github.com/thanos-io/objstore/providers/bos github.com/thanos-io/objstore/providers/cos github.com/thanos-io/objstore/providers/filesystem github.com/thanos-io/objstore/providers/gcs github.com/thanos-io/objstore/providers/obs github.com/thanos-io/objstore/providers/oci github.com/thanos-io/objstore/providers/oss github.com/thanos-io/objstore/providers/s3 github.com/thanos-io/objstore/providers/swift github.com/thanos-io/objstore/scripts/cfggen github.com/thanos-io/objstore/tracing github.com/thanos-io/objstore/tracing/opentelemetry github.com/thanos-io/objstore/tracing/opentracing"
	"github.com/ffuf/ffuf/v2 v2.3.0 github.com/ffuf/ffuf/v2 github.com/ffuf/ffuf/v2/pkg/assembly github.com/ffuf/ffuf/v2/pkg/engine github.com/ffuf/ffuf/v2/pkg/ffuf github.com/ffuf/ffuf/v2/pkg/filter github.com/ffuf/ffuf/v2/pkg/input github.com/ffuf/ffuf/v2/pkg/interactive github.com/ffuf/ffuf/v2/pkg/output github.com/ffuf/ffuf/v2/pkg/runner github.com/ffuf/ffuf/v2/pkg/scraper"
	"github.com/newrelic/go-agent/v3 v3.45.0 github.com/newrelic/go-agent/v3/integrations/logcontext github.com/newrelic/go-agent/v3/internal github.com/newrelic/go-agent/v3/internal/awssupport github.com/newrelic/go-agent/v3/internal/cat github.com/newrelic/go-agent/v3/internal/com_newrelic_trace_v1 github.com/newrelic/go-agent/v3/internal/crossagent github.com/newrelic/go-agent/v3/internal/jsonx github.com/newrelic/go-agent/v3/internal/logcontext github.com/newrelic/go-agent/v3/internal/logger github.com/newrelic/go-agent/v3/internal/stacktracetest github.com/newrelic/go-agent/v3/internal/sysinfo github.com/newrelic/go-agent/v3/internal/tools/interface-wrapping github.com/newrelic/go-agent/v3/internal/tools/rules github.com/newrelic/go-agent/v3/internal/utilization github.com/newrelic/go-agent/v3/newrelic github.com/newrelic/go-agent/v3/newrelic/cqlparse github.com/newrelic/go-agent/v3/newrelic/integrationsupport github.com/newrelic/go-agent/v3/newrelic/sqlparse"
	"github.com/nats-io/jsm.go v0.5.1 github.com/nats-io/jsm.go github.com/nats-io/jsm.go/api github.com/nats-io/jsm.go/api/event github.com/nats-io/jsm.go/api/jetstream/advisory github.com/nats-io/jsm.go/api/jetstream/metric github.com/nats-io/jsm.go/api/server/advisory github.com/nats-io/jsm.go/api/server/metric github.com/nats-io/jsm.go/api/server/tracing github.com/nats-io/jsm.go/api/server/zmonitor github.com/nats-io/jsm.go/audit github.com/nats-io/jsm.go/audit/archive github.com/nats-io/jsm.go/audit/gather github.com/nats-io/jsm.go/backup github.com/nats-io/jsm.go/balancer github.com/nats-io/jsm.go/connbalancer github.com/nats-io/jsm.go/monitor github.com/nats-io/jsm.go/natscontext github.com/nats-io/jsm.go/natscontext/backendtest github.com/nats-io/jsm.go/natscontext/svcbackend github.com/nats-io/jsm.go/registry github.com/nats-io/jsm.go/registry/validator github.com/nats-io/jsm.go/schemas github.com/nats-io/jsm.go/serverdata"
	"github.com/moby/go-archive v0.3.3 github.com/moby/go-archive github.com/moby/go-archive/chrootarchive github.com/moby/go-archive/compression github.com/moby/go-archive/internal/archiveoptions github.com/moby/go-archive/internal/mounttree github.com/moby/go-archive/internal/unshare github.com/moby/go-archive/tarheader"
	"golang.zx2c4.com/wireguard v0.0.0-20260522210424-ecfc5a8d5446 golang.zx2c4.com/wireguard golang.zx2c4.com/wireguard/conn golang.zx2c4.com/wireguard/conn/bindtest golang.zx2c4.com/wireguard/device golang.zx2c4.com/wireguard/ipc golang.zx2c4.com/wireguard/ratelimiter golang.zx2c4.com/wireguard/replay golang.zx2c4.com/wireguard/rwcancel golang.zx2c4.com/wireguard/tai64n golang.zx2c4.com/wireguard/tun golang.zx2c4.com/wireguard/tun/netstack golang.zx2c4.com/wireguard/tun/tuntest"
	"github.com/dnstap/golang-dnstap v0.4.0 github.com/dnstap/golang-dnstap github.com/dnstap/golang-dnstap/dnstap"
	"github.com/jellydator/ttlcache/v3 v3.4.1 github.com/jellydator/ttlcache/v3"
	"github.com/robfig/cron/v3 v3.0.1 github.com/robfig/cron/v3"
	"github.com/smallstep/certificates v0.30.2 github.com/smallstep/certificates/acme github.com/smallstep/certificates/acme/api github.com/smallstep/certificates/acme/db/nosql github.com/smallstep/certificates/acme/wire github.com/smallstep/certificates/api github.com/smallstep/certificates/api/log github.com/smallstep/certificates/api/models github.com/smallstep/certificates/api/read github.com/smallstep/certificates/api/render github.com/smallstep/certificates/authority github.com/smallstep/certificates/authority/admin github.com/smallstep/certificates/authority/admin/api github.com/smallstep/certificates/authority/admin/db/nosql github.com/smallstep/certificates/authority/administrator github.com/smallstep/certificates/authority/config github.com/smallstep/certificates/authority/internal/constraints github.com/smallstep/certificates/authority/policy github.com/smallstep/certificates/authority/poolhttp github.com/smallstep/certificates/authority/provisioner github.com/smallstep/certificates/authority/provisioner/gcp github.com/smallstep/certificates/authority/provisioner/wire github.com/smallstep/certificates/ca github.com/smallstep/certificates/ca/client github.com/smallstep/certificates/ca/identity github.com/smallstep/certificates/cas github.com/smallstep/certificates/cas/apiv1 github.com/smallstep/certificates/cas/cloudcas github.com/smallstep/certificates/cas/softcas github.com/smallstep/certificates/cas/stepcas github.com/smallstep/certificates/cas/vaultcas github.com/smallstep/certificates/cas/vaultcas/auth/approle github.com/smallstep/certificates/cas/vaultcas/auth/aws github.com/smallstep/certificates/cas/vaultcas/auth/kubernetes github.com/smallstep/certificates/commands github.com/smallstep/certificates/db github.com/smallstep/certificates/errs github.com/smallstep/certificates/internal/cast github.com/smallstep/certificates/internal/httptransport github.com/smallstep/certificates/internal/metrix github.com/smallstep/certificates/internal/userid github.com/smallstep/certificates/logging github.com/smallstep/certificates/middleware/requestid github.com/smallstep/certificates/monitoring github.com/smallstep/certificates/pki github.com/smallstep/certificates/policy github.com/smallstep/certificates/scep github.com/smallstep/certificates/scep/api github.com/smallstep/certificates/scripts/badger-migration github.com/smallstep/certificates/server github.com/smallstep/certificates/templates github.com/smallstep/certificates/webhook"
	"github.com/at-wat/ebml-go v0.19.4 github.com/at-wat/ebml-go github.com/at-wat/ebml-go/internal/buffercloser github.com/at-wat/ebml-go/mkv github.com/at-wat/ebml-go/mkvcore github.com/at-wat/ebml-go/webm"
)

heldout46=(
	"github.com/go-kratos/kratos/v2 v2.8.3 github.com/go-kratos/kratos/v2 github.com/go-kratos/kratos/v2/api/metadata github.com/go-kratos/kratos/v2/config github.com/go-kratos/kratos/v2/config/env github.com/go-kratos/kratos/v2/config/file github.com/go-kratos/kratos/v2/encoding github.com/go-kratos/kratos/v2/encoding/form github.com/go-kratos/kratos/v2/encoding/json github.com/go-kratos/kratos/v2/encoding/xml github.com/go-kratos/kratos/v2/encoding/yaml github.com/go-kratos/kratos/v2/errors github.com/go-kratos/kratos/v2/internal/context github.com/go-kratos/kratos/v2/internal/endpoint github.com/go-kratos/kratos/v2/internal/group github.com/go-kratos/kratos/v2/internal/host github.com/go-kratos/kratos/v2/internal/httputil github.com/go-kratos/kratos/v2/internal/matcher github.com/go-kratos/kratos/v2/log github.com/go-kratos/kratos/v2/metadata github.com/go-kratos/kratos/v2/middleware github.com/go-kratos/kratos/v2/middleware/auth/jwt github.com/go-kratos/kratos/v2/middleware/circuitbreaker github.com/go-kratos/kratos/v2/middleware/logging github.com/go-kratos/kratos/v2/middleware/metadata github.com/go-kratos/kratos/v2/middleware/metrics github.com/go-kratos/kratos/v2/middleware/ratelimit github.com/go-kratos/kratos/v2/middleware/recovery github.com/go-kratos/kratos/v2/middleware/selector github.com/go-kratos/kratos/v2/middleware/tracing github.com/go-kratos/kratos/v2/middleware/validate github.com/go-kratos/kratos/v2/registry github.com/go-kratos/kratos/v2/selector github.com/go-kratos/kratos/v2/selector/filter github.com/go-kratos/kratos/v2/selector/node/direct github.com/go-kratos/kratos/v2/selector/node/ewma github.com/go-kratos/kratos/v2/selector/p2c github.com/go-kratos/kratos/v2/selector/random github.com/go-kratos/kratos/v2/selector/wrr github.com/go-kratos/kratos/v2/transport github.com/go-kratos/kratos/v2/transport/grpc github.com/go-kratos/kratos/v2/transport/grpc/resolver/direct github.com/go-kratos/kratos/v2/transport/grpc/resolver/discovery github.com/go-kratos/kratos/v2/transport/http github.com/go-kratos/kratos/v2/transport/http/binding github.com/go-kratos/kratos/v2/transport/http/pprof github.com/go-kratos/kratos/v2/transport/http/status"
	"github.com/linode/linodego v1.69.1 github.com/linode/linodego github.com/linode/linodego/internal/duration github.com/linode/linodego/internal/parseabletime"
	"github.com/ory/fosite v0.49.0 github.com/ory/fosite github.com/ory/fosite/compose github.com/ory/fosite/handler/oauth2 github.com/ory/fosite/handler/openid github.com/ory/fosite/handler/par github.com/ory/fosite/handler/pkce github.com/ory/fosite/handler/rfc7523 github.com/ory/fosite/handler/verifiable github.com/ory/fosite/i18n github.com/ory/fosite/internal github.com/ory/fosite/internal/gen github.com/ory/fosite/storage github.com/ory/fosite/token/hmac github.com/ory/fosite/token/jwt"
	"modernc.org/sqlite v1.63.0 modernc.org/sqlite modernc.org/sqlite/internal/vendorstamp modernc.org/sqlite/lib modernc.org/sqlite/pcache modernc.org/sqlite/vec modernc.org/sqlite/vfs modernc.org/sqlite/vtab"
	"github.com/ipfs/boxo v0.43.0 github.com/ipfs/boxo/autoconf github.com/ipfs/boxo/bitswap github.com/ipfs/boxo/bitswap/client github.com/ipfs/boxo/bitswap/client/internal github.com/ipfs/boxo/bitswap/client/internal/blockpresencemanager github.com/ipfs/boxo/bitswap/client/internal/getter github.com/ipfs/boxo/bitswap/client/internal/messagequeue github.com/ipfs/boxo/bitswap/client/internal/notifications github.com/ipfs/boxo/bitswap/client/internal/peermanager github.com/ipfs/boxo/bitswap/client/internal/session github.com/ipfs/boxo/bitswap/client/internal/sessioninterestmanager github.com/ipfs/boxo/bitswap/client/internal/sessionmanager github.com/ipfs/boxo/bitswap/client/internal/sessionpeermanager github.com/ipfs/boxo/bitswap/client/traceability github.com/ipfs/boxo/bitswap/client/wantlist github.com/ipfs/boxo/bitswap/decision github.com/ipfs/boxo/bitswap/internal github.com/ipfs/boxo/bitswap/internal/defaults github.com/ipfs/boxo/bitswap/message github.com/ipfs/boxo/bitswap/metrics github.com/ipfs/boxo/bitswap/network github.com/ipfs/boxo/bitswap/network/bsnet github.com/ipfs/boxo/bitswap/network/bsnet/internal github.com/ipfs/boxo/bitswap/network/httpnet github.com/ipfs/boxo/bitswap/server github.com/ipfs/boxo/bitswap/server/internal/decision github.com/ipfs/boxo/bitswap/testinstance github.com/ipfs/boxo/bitswap/testnet github.com/ipfs/boxo/bitswap/tracer github.com/ipfs/boxo/bitswap/wantlist github.com/ipfs/boxo/blockservice github.com/ipfs/boxo/blockservice/internal github.com/ipfs/boxo/blockstore github.com/ipfs/boxo/bootstrap github.com/ipfs/boxo/chunker github.com/ipfs/boxo/chunker/gen github.com/ipfs/boxo/dag/walker github.com/ipfs/boxo/datastore/dshelp github.com/ipfs/boxo/exchange github.com/ipfs/boxo/exchange/offline github.com/ipfs/boxo/fetcher github.com/ipfs/boxo/fetcher/helpers github.com/ipfs/boxo/fetcher/impl/blockservice github.com/ipfs/boxo/files github.com/ipfs/boxo/filestore github.com/ipfs/boxo/filestore/posinfo github.com/ipfs/boxo/gateway github.com/ipfs/boxo/gateway/assets github.com/ipfs/boxo/internal/ipnstest github.com/ipfs/boxo/ipld/merkledag github.com/ipfs/boxo/ipld/merkledag/dagutils github.com/ipfs/boxo/ipld/merkledag/traverse github.com/ipfs/boxo/ipld/unixfs github.com/ipfs/boxo/ipld/unixfs/file github.com/ipfs/boxo/ipld/unixfs/hamt github.com/ipfs/boxo/ipld/unixfs/importer github.com/ipfs/boxo/ipld/unixfs/importer/balanced github.com/ipfs/boxo/ipld/unixfs/importer/helpers github.com/ipfs/boxo/ipld/unixfs/importer/trickle github.com/ipfs/boxo/ipld/unixfs/internal github.com/ipfs/boxo/ipld/unixfs/io github.com/ipfs/boxo/ipld/unixfs/mod github.com/ipfs/boxo/ipld/unixfs/private/linksize github.com/ipfs/boxo/ipns github.com/ipfs/boxo/keystore github.com/ipfs/boxo/mfs github.com/ipfs/boxo/namesys github.com/ipfs/boxo/namesys/republisher github.com/ipfs/boxo/path github.com/ipfs/boxo/path/resolver github.com/ipfs/boxo/peering github.com/ipfs/boxo/pinning/pinner github.com/ipfs/boxo/pinning/pinner/dsindex github.com/ipfs/boxo/pinning/pinner/dspinner github.com/ipfs/boxo/pinning/remote/client github.com/ipfs/boxo/pinning/remote/client/cmd github.com/ipfs/boxo/pinning/remote/client/openapi github.com/ipfs/boxo/provider github.com/ipfs/boxo/retrieval github.com/ipfs/boxo/routing/http/client github.com/ipfs/boxo/routing/http/contentrouter github.com/ipfs/boxo/routing/http/filters github.com/ipfs/boxo/routing/http/internal github.com/ipfs/boxo/routing/http/internal/drjson github.com/ipfs/boxo/routing/http/server github.com/ipfs/boxo/routing/http/types github.com/ipfs/boxo/routing/http/types/iter github.com/ipfs/boxo/routing/http/types/json github.com/ipfs/boxo/routing/http/types/ndjson github.com/ipfs/boxo/routing/offline github.com/ipfs/boxo/routing/providerquerymanager github.com/ipfs/boxo/tar github.com/ipfs/boxo/tracing github.com/ipfs/boxo/util github.com/ipfs/boxo/verifcid"
	"github.com/moby/buildkit v0.34.2 github.com/moby/buildkit/client github.com/moby/buildkit/client/buildid github.com/moby/buildkit/client/connhelper github.com/moby/buildkit/client/connhelper/dockercontainer github.com/moby/buildkit/client/connhelper/kubepod github.com/moby/buildkit/client/connhelper/nerdctlcontainer github.com/moby/buildkit/client/connhelper/npipe github.com/moby/buildkit/client/connhelper/podmancontainer github.com/moby/buildkit/client/connhelper/ssh github.com/moby/buildkit/client/llb github.com/moby/buildkit/client/llb/imagemetaresolver github.com/moby/buildkit/client/llb/llbbuild github.com/moby/buildkit/client/llb/llbtest github.com/moby/buildkit/client/llb/sourceresolver github.com/moby/buildkit/client/ociindex github.com/moby/buildkit/exporter github.com/moby/buildkit/exporter/attestation github.com/moby/buildkit/exporter/containerimage github.com/moby/buildkit/exporter/containerimage/exptypes github.com/moby/buildkit/exporter/containerimage/image github.com/moby/buildkit/exporter/exptypes github.com/moby/buildkit/exporter/local github.com/moby/buildkit/exporter/oci github.com/moby/buildkit/exporter/tar github.com/moby/buildkit/exporter/util/epoch github.com/moby/buildkit/exporter/verifier github.com/moby/buildkit/session github.com/moby/buildkit/session/auth github.com/moby/buildkit/session/auth/authprovider github.com/moby/buildkit/session/content github.com/moby/buildkit/session/exporter github.com/moby/buildkit/session/exporter/exporterprovider github.com/moby/buildkit/session/filesync github.com/moby/buildkit/session/grpchijack github.com/moby/buildkit/session/secrets github.com/moby/buildkit/session/secrets/secretsprovider github.com/moby/buildkit/session/sshforward github.com/moby/buildkit/session/sshforward/sshprovider github.com/moby/buildkit/session/upload github.com/moby/buildkit/session/upload/uploadprovider github.com/moby/buildkit/source github.com/moby/buildkit/source/containerblob github.com/moby/buildkit/source/containerblob/blobfetch github.com/moby/buildkit/source/containerimage github.com/moby/buildkit/source/git github.com/moby/buildkit/source/http github.com/moby/buildkit/source/local github.com/moby/buildkit/source/util/pathutil github.com/moby/buildkit/util/apicaps github.com/moby/buildkit/util/appcontext github.com/moby/buildkit/util/appdefaults github.com/moby/buildkit/util/archiveutil github.com/moby/buildkit/util/archutil github.com/moby/buildkit/util/attestation github.com/moby/buildkit/util/bklog github.com/moby/buildkit/util/bkmaps github.com/moby/buildkit/util/bkslices github.com/moby/buildkit/util/cachedigest github.com/moby/buildkit/util/cachestore github.com/moby/buildkit/util/compression github.com/moby/buildkit/util/cond github.com/moby/buildkit/util/contentutil github.com/moby/buildkit/util/converter github.com/moby/buildkit/util/converter/tarconverter github.com/moby/buildkit/util/cpuset github.com/moby/buildkit/util/db github.com/moby/buildkit/util/db/boltutil github.com/moby/buildkit/util/db/compaction github.com/moby/buildkit/util/disk github.com/moby/buildkit/util/entitlements github.com/moby/buildkit/util/entitlements/security github.com/moby/buildkit/util/errutil github.com/moby/buildkit/util/estargz github.com/moby/buildkit/util/flightcontrol github.com/moby/buildkit/util/gitutil github.com/moby/buildkit/util/gitutil/gitobject github.com/moby/buildkit/util/gitutil/gitsign github.com/moby/buildkit/util/grpcerrors github.com/moby/buildkit/util/imageutil github.com/moby/buildkit/util/iohelper github.com/moby/buildkit/util/leaseutil github.com/moby/buildkit/util/network github.com/moby/buildkit/util/network/cniprovider github.com/moby/buildkit/util/network/netpool github.com/moby/buildkit/util/network/netproviders github.com/moby/buildkit/util/network/proxyprovider github.com/moby/buildkit/util/openfile github.com/moby/buildkit/util/overlay github.com/moby/buildkit/util/pgpsign github.com/moby/buildkit/util/pools github.com/moby/buildkit/util/profiler github.com/moby/buildkit/util/progress github.com/moby/buildkit/util/progress/controller github.com/moby/buildkit/util/progress/logs github.com/moby/buildkit/util/progress/progressui github.com/moby/buildkit/util/progress/progresswriter github.com/moby/buildkit/util/pull github.com/moby/buildkit/util/pull/pullprogress github.com/moby/buildkit/util/purl github.com/moby/buildkit/util/push github.com/moby/buildkit/util/registrar github.com/moby/buildkit/util/resolvconf github.com/moby/buildkit/util/resolver github.com/moby/buildkit/util/resolver/config github.com/moby/buildkit/util/resolver/limited github.com/moby/buildkit/util/resolver/retryhandler github.com/moby/buildkit/util/rootless/mountopts github.com/moby/buildkit/util/rootless/specconv github.com/moby/buildkit/util/sshutil github.com/moby/buildkit/util/stack github.com/moby/buildkit/util/staticfs github.com/moby/buildkit/util/suggest github.com/moby/buildkit/util/system github.com/moby/buildkit/util/throttle github.com/moby/buildkit/util/tracing github.com/moby/buildkit/util/tracing/childprocess github.com/moby/buildkit/util/tracing/delegated github.com/moby/buildkit/util/tracing/detect github.com/moby/buildkit/util/tracing/detect/jaeger github.com/moby/buildkit/util/tracing/forwarder github.com/moby/buildkit/util/tracing/otlptracegrpc github.com/moby/buildkit/util/tracing/transform github.com/moby/buildkit/util/urlutil github.com/moby/buildkit/util/wildcard github.com/moby/buildkit/util/winlayers"
	"github.com/pin/tftp/v3 v3.1.0 github.com/pin/tftp/v3 github.com/pin/tftp/v3/netascii"
	"github.com/mymmrac/telego v1.6.0 github.com/mymmrac/telego github.com/mymmrac/telego/internal/json github.com/mymmrac/telego/telegoapi github.com/mymmrac/telego/telegohandler github.com/mymmrac/telego/telegoutil"
	"github.com/huaweicloud/huaweicloud-sdk-go-obs v3.25.4+incompatible github.com/huaweicloud/huaweicloud-sdk-go-obs/obs"
	"github.com/qiniu/go-sdk/v7 v7.11.0 github.com/qiniu/go-sdk/v7 github.com/qiniu/go-sdk/v7/auth github.com/qiniu/go-sdk/v7/auth/qbox github.com/qiniu/go-sdk/v7/cdn github.com/qiniu/go-sdk/v7/client github.com/qiniu/go-sdk/v7/conf github.com/qiniu/go-sdk/v7/internal/log github.com/qiniu/go-sdk/v7/linking github.com/qiniu/go-sdk/v7/pili github.com/qiniu/go-sdk/v7/qvs github.com/qiniu/go-sdk/v7/reqid github.com/qiniu/go-sdk/v7/rtc github.com/qiniu/go-sdk/v7/sms github.com/qiniu/go-sdk/v7/sms/bytes github.com/qiniu/go-sdk/v7/sms/bytes/seekable github.com/qiniu/go-sdk/v7/sms/client github.com/qiniu/go-sdk/v7/sms/rpc github.com/qiniu/go-sdk/v7/storage"
	"github.com/aliyun/alibabacloud-oss-go-sdk-v2 v1.6.1 github.com/aliyun/alibabacloud-oss-go-sdk-v2/oss github.com/aliyun/alibabacloud-oss-go-sdk-v2/oss/agentic github.com/aliyun/alibabacloud-oss-go-sdk-v2/oss/arn github.com/aliyun/alibabacloud-oss-go-sdk-v2/oss/credentials github.com/aliyun/alibabacloud-oss-go-sdk-v2/oss/crypto github.com/aliyun/alibabacloud-oss-go-sdk-v2/oss/dataprocess github.com/aliyun/alibabacloud-oss-go-sdk-v2/oss/retry github.com/aliyun/alibabacloud-oss-go-sdk-v2/oss/signer github.com/aliyun/alibabacloud-oss-go-sdk-v2/oss/tables github.com/aliyun/alibabacloud-oss-go-sdk-v2/oss/transport github.com/aliyun/alibabacloud-oss-go-sdk-v2/oss/vectors"
	"github.com/checkpoint-restore/go-criu/v7 v7.2.0 github.com/checkpoint-restore/go-criu/v7 github.com/checkpoint-restore/go-criu/v7/crit github.com/checkpoint-restore/go-criu/v7/crit/cli github.com/checkpoint-restore/go-criu/v7/crit/cmd github.com/checkpoint-restore/go-criu/v7/magic github.com/checkpoint-restore/go-criu/v7/phaul github.com/checkpoint-restore/go-criu/v7/utils"
	"github.com/hashicorp/go-kms-wrapping/v2 v2.0.18 github.com/hashicorp/go-kms-wrapping/v2 github.com/hashicorp/go-kms-wrapping/v2/aead github.com/hashicorp/go-kms-wrapping/v2/ed25519 github.com/hashicorp/go-kms-wrapping/v2/extras/crypto github.com/hashicorp/go-kms-wrapping/v2/extras/multi github.com/hashicorp/go-kms-wrapping/v2/extras/structwrapping github.com/hashicorp/go-kms-wrapping/v2/internal/xor"
	"github.com/charmbracelet/ssh v0.0.0-20221117183211-483d43d97103 github.com/charmbracelet/ssh"
	"github.com/fasthttp/websocket v1.5.12 github.com/fasthttp/websocket"
)
heldout47=(
	"github.com/mholt/archives v0.1.5 github.com/mholt/archives"
	"github.com/gofiber/fiber/v3 v3.1.0 github.com/gofiber/fiber/v3 github.com/gofiber/fiber/v3/addon/retry github.com/gofiber/fiber/v3/binder github.com/gofiber/fiber/v3/client github.com/gofiber/fiber/v3/extractors github.com/gofiber/fiber/v3/internal/memory github.com/gofiber/fiber/v3/internal/storage/memory github.com/gofiber/fiber/v3/internal/tlstest github.com/gofiber/fiber/v3/log github.com/gofiber/fiber/v3/middleware/adaptor github.com/gofiber/fiber/v3/middleware/basicauth github.com/gofiber/fiber/v3/middleware/cache github.com/gofiber/fiber/v3/middleware/compress github.com/gofiber/fiber/v3/middleware/cors github.com/gofiber/fiber/v3/middleware/csrf github.com/gofiber/fiber/v3/middleware/earlydata github.com/gofiber/fiber/v3/middleware/encryptcookie github.com/gofiber/fiber/v3/middleware/envvar github.com/gofiber/fiber/v3/middleware/etag github.com/gofiber/fiber/v3/middleware/expvar github.com/gofiber/fiber/v3/middleware/favicon github.com/gofiber/fiber/v3/middleware/healthcheck github.com/gofiber/fiber/v3/middleware/helmet github.com/gofiber/fiber/v3/middleware/idempotency github.com/gofiber/fiber/v3/middleware/keyauth github.com/gofiber/fiber/v3/middleware/limiter github.com/gofiber/fiber/v3/middleware/logger github.com/gofiber/fiber/v3/middleware/pprof github.com/gofiber/fiber/v3/middleware/proxy github.com/gofiber/fiber/v3/middleware/recover github.com/gofiber/fiber/v3/middleware/redirect github.com/gofiber/fiber/v3/middleware/requestid github.com/gofiber/fiber/v3/middleware/responsetime github.com/gofiber/fiber/v3/middleware/rewrite github.com/gofiber/fiber/v3/middleware/session github.com/gofiber/fiber/v3/middleware/skip github.com/gofiber/fiber/v3/middleware/static github.com/gofiber/fiber/v3/middleware/timeout"
	"github.com/EventStore/EventStore-Client-Go v1.0.2 github.com/EventStore/EventStore-Client-Go/esdb github.com/EventStore/EventStore-Client-Go/protos/gossip github.com/EventStore/EventStore-Client-Go/protos/persistent github.com/EventStore/EventStore-Client-Go/protos/shared github.com/EventStore/EventStore-Client-Go/protos/streams github.com/EventStore/EventStore-Client-Go/samples"
	"github.com/zishang520/socket.io/v3 v3.0.6 github.com/zishang520/socket.io/v3/pkg/events github.com/zishang520/socket.io/v3/pkg/log github.com/zishang520/socket.io/v3/pkg/queue github.com/zishang520/socket.io/v3/pkg/request github.com/zishang520/socket.io/v3/pkg/slices github.com/zishang520/socket.io/v3/pkg/types github.com/zishang520/socket.io/v3/pkg/utils github.com/zishang520/socket.io/v3/pkg/version github.com/zishang520/socket.io/v3/pkg/webtransport"
	"github.com/hpcloud/tail v1.0.0 github.com/hpcloud/tail github.com/hpcloud/tail/cmd/gotail github.com/hpcloud/tail/ratelimiter github.com/hpcloud/tail/util github.com/hpcloud/tail/watch"
	"gopkg.in/natefinch/lumberjack.v2 v2.2.1 gopkg.in/natefinch/lumberjack.v2"
	"github.com/gophercloud/gophercloud/v2 v2.16.0 github.com/gophercloud/gophercloud/v2 github.com/gophercloud/gophercloud/v2/internal/acceptance/clients github.com/gophercloud/gophercloud/v2/internal/acceptance/openstack github.com/gophercloud/gophercloud/v2/internal/acceptance/openstack/baremetal/httpbasic github.com/gophercloud/gophercloud/v2/internal/acceptance/openstack/baremetal/noauth github.com/gophercloud/gophercloud/v2/internal/acceptance/openstack/baremetal/v1 github.com/gophercloud/gophercloud/v2/internal/acceptance/openstack/blockstorage/noauth github.com/gophercloud/gophercloud/v2/internal/acceptance/openstack/blockstorage/v2 github.com/gophercloud/gophercloud/v2/internal/acceptance/openstack/blockstorage/v3 github.com/gophercloud/gophercloud/v2/internal/acceptance/openstack/compute/v2 github.com/gophercloud/gophercloud/v2/internal/acceptance/openstack/container/v1 github.com/gophercloud/gophercloud/v2/internal/acceptance/openstack/containerinfra/v1 github.com/gophercloud/gophercloud/v2/internal/acceptance/openstack/db/v1 github.com/gophercloud/gophercloud/v2/internal/acceptance/openstack/dns/v2 github.com/gophercloud/gophercloud/v2/internal/acceptance/openstack/identity/v2 github.com/gophercloud/gophercloud/v2/internal/acceptance/openstack/identity/v3 github.com/gophercloud/gophercloud/v2/internal/acceptance/openstack/image/v2 github.com/gophercloud/gophercloud/v2/internal/acceptance/openstack/keymanager/v1 github.com/gophercloud/gophercloud/v2/internal/acceptance/openstack/loadbalancer/v2 github.com/gophercloud/gophercloud/v2/internal/acceptance/openstack/messaging/v2 github.com/gophercloud/gophercloud/v2/internal/acceptance/openstack/networking/v2 github.com/gophercloud/gophercloud/v2/internal/acceptance/openstack/networking/v2/extensions github.com/gophercloud/gophercloud/v2/internal/acceptance/openstack/networking/v2/extensions/agents github.com/gophercloud/gophercloud/v2/internal/acceptance/openstack/networking/v2/extensions/bgp/peers github.com/gophercloud/gophercloud/v2/internal/acceptance/openstack/networking/v2/extensions/bgp/speakers github.com/gophercloud/gophercloud/v2/internal/acceptance/openstack/networking/v2/extensions/bgpvpns github.com/gophercloud/gophercloud/v2/internal/acceptance/openstack/networking/v2/extensions/dns github.com/gophercloud/gophercloud/v2/internal/acceptance/openstack/networking/v2/extensions/fwaas_v2 github.com/gophercloud/gophercloud/v2/internal/acceptance/openstack/networking/v2/extensions/layer3 github.com/gophercloud/gophercloud/v2/internal/acceptance/openstack/networking/v2/extensions/mtu github.com/gophercloud/gophercloud/v2/internal/acceptance/openstack/networking/v2/extensions/portsbinding github.com/gophercloud/gophercloud/v2/internal/acceptance/openstack/networking/v2/extensions/qos/policies github.com/gophercloud/gophercloud/v2/internal/acceptance/openstack/networking/v2/extensions/qos/rules github.com/gophercloud/gophercloud/v2/internal/acceptance/openstack/networking/v2/extensions/quotas github.com/gophercloud/gophercloud/v2/internal/acceptance/openstack/networking/v2/extensions/rbacpolicies github.com/gophercloud/gophercloud/v2/internal/acceptance/openstack/networking/v2/extensions/segments github.com/gophercloud/gophercloud/v2/internal/acceptance/openstack/networking/v2/extensions/subnetpools github.com/gophercloud/gophercloud/v2/internal/acceptance/openstack/networking/v2/extensions/taas github.com/gophercloud/gophercloud/v2/internal/acceptance/openstack/networking/v2/extensions/trunks github.com/gophercloud/gophercloud/v2/internal/acceptance/openstack/networking/v2/extensions/vlantransparent github.com/gophercloud/gophercloud/v2/internal/acceptance/openstack/networking/v2/extensions/vpnaas github.com/gophercloud/gophercloud/v2/internal/acceptance/openstack/orchestration/v1 github.com/gophercloud/gophercloud/v2/internal/acceptance/openstack/placement/v1 github.com/gophercloud/gophercloud/v2/internal/acceptance/openstack/reservation/v1 github.com/gophercloud/gophercloud/v2/internal/acceptance/openstack/sharedfilesystems/v2 github.com/gophercloud/gophercloud/v2/internal/acceptance/openstack/workflow/v2 github.com/gophercloud/gophercloud/v2/internal/acceptance/tools github.com/gophercloud/gophercloud/v2/internal/ptr github.com/gophercloud/gophercloud/v2/openstack github.com/gophercloud/gophercloud/v2/openstack/baremetal/apiversions github.com/gophercloud/gophercloud/v2/openstack/baremetal/httpbasic github.com/gophercloud/gophercloud/v2/openstack/baremetal/inventory github.com/gophercloud/gophercloud/v2/openstack/baremetal/noauth github.com/gophercloud/gophercloud/v2/openstack/baremetal/v1/allocations github.com/gophercloud/gophercloud/v2/openstack/baremetal/v1/conductors github.com/gophercloud/gophercloud/v2/openstack/baremetal/v1/drivers github.com/gophercloud/gophercloud/v2/openstack/baremetal/v1/nodes github.com/gophercloud/gophercloud/v2/openstack/baremetal/v1/portgroups github.com/gophercloud/gophercloud/v2/openstack/baremetal/v1/ports github.com/gophercloud/gophercloud/v2/openstack/baremetal/v1/runbooks github.com/gophercloud/gophercloud/v2/openstack/baremetalintrospection/httpbasic github.com/gophercloud/gophercloud/v2/openstack/baremetalintrospection/noauth github.com/gophercloud/gophercloud/v2/openstack/baremetalintrospection/v1/introspection github.com/gophercloud/gophercloud/v2/openstack/blockstorage/apiversions github.com/gophercloud/gophercloud/v2/openstack/blockstorage/noauth github.com/gophercloud/gophercloud/v2/openstack/blockstorage/v2/availabilityzones github.com/gophercloud/gophercloud/v2/openstack/blockstorage/v2/backups github.com/gophercloud/gophercloud/v2/openstack/blockstorage/v2/limits github.com/gophercloud/gophercloud/v2/openstack/blockstorage/v2/quotasets github.com/gophercloud/gophercloud/v2/openstack/blockstorage/v2/schedulerstats github.com/gophercloud/gophercloud/v2/openstack/blockstorage/v2/services github.com/gophercloud/gophercloud/v2/openstack/blockstorage/v2/snapshots github.com/gophercloud/gophercloud/v2/openstack/blockstorage/v2/transfers github.com/gophercloud/gophercloud/v2/openstack/blockstorage/v2/volumes github.com/gophercloud/gophercloud/v2/openstack/blockstorage/v3/attachments github.com/gophercloud/gophercloud/v2/openstack/blockstorage/v3/availabilityzones github.com/gophercloud/gophercloud/v2/openstack/blockstorage/v3/backups github.com/gophercloud/gophercloud/v2/openstack/blockstorage/v3/limits github.com/gophercloud/gophercloud/v2/openstack/blockstorage/v3/manageablevolumes github.com/gophercloud/gophercloud/v2/openstack/blockstorage/v3/qos github.com/gophercloud/gophercloud/v2/openstack/blockstorage/v3/quotasets github.com/gophercloud/gophercloud/v2/openstack/blockstorage/v3/schedulerstats github.com/gophercloud/gophercloud/v2/openstack/blockstorage/v3/services github.com/gophercloud/gophercloud/v2/openstack/blockstorage/v3/snapshots github.com/gophercloud/gophercloud/v2/openstack/blockstorage/v3/transfers github.com/gophercloud/gophercloud/v2/openstack/blockstorage/v3/volumes github.com/gophercloud/gophercloud/v2/openstack/blockstorage/v3/volumetypes github.com/gophercloud/gophercloud/v2/openstack/common/extensions github.com/gophercloud/gophercloud/v2/openstack/compute/apiversions github.com/gophercloud/gophercloud/v2/openstack/compute/v2/aggregates github.com/gophercloud/gophercloud/v2/openstack/compute/v2/attachinterfaces github.com/gophercloud/gophercloud/v2/openstack/compute/v2/availabilityzones github.com/gophercloud/gophercloud/v2/openstack/compute/v2/diagnostics github.com/gophercloud/gophercloud/v2/openstack/compute/v2/extensions github.com/gophercloud/gophercloud/v2/openstack/compute/v2/flavors github.com/gophercloud/gophercloud/v2/openstack/compute/v2/hypervisors github.com/gophercloud/gophercloud/v2/openstack/compute/v2/instanceactions github.com/gophercloud/gophercloud/v2/openstack/compute/v2/keypairs github.com/gophercloud/gophercloud/v2/openstack/compute/v2/limits github.com/gophercloud/gophercloud/v2/openstack/compute/v2/migrations github.com/gophercloud/gophercloud/v2/openstack/compute/v2/quotasets github.com/gophercloud/gophercloud/v2/openstack/compute/v2/remoteconsoles github.com/gophercloud/gophercloud/v2/openstack/compute/v2/secgroups github.com/gophercloud/gophercloud/v2/openstack/compute/v2/servergroups github.com/gophercloud/gophercloud/v2/openstack/compute/v2/servers github.com/gophercloud/gophercloud/v2/openstack/compute/v2/services github.com/gophercloud/gophercloud/v2/openstack/compute/v2/tags github.com/gophercloud/gophercloud/v2/openstack/compute/v2/usage github.com/gophercloud/gophercloud/v2/openstack/compute/v2/volumeattach github.com/gophercloud/gophercloud/v2/openstack/config github.com/gophercloud/gophercloud/v2/openstack/config/clouds github.com/gophercloud/gophercloud/v2/openstack/container/v1/capsules github.com/gophercloud/gophercloud/v2/openstack/containerinfra/apiversions github.com/gophercloud/gophercloud/v2/openstack/containerinfra/v1/certificates github.com/gophercloud/gophercloud/v2/openstack/containerinfra/v1/clusters github.com/gophercloud/gophercloud/v2/openstack/containerinfra/v1/clustertemplates github.com/gophercloud/gophercloud/v2/openstack/containerinfra/v1/nodegroups github.com/gophercloud/gophercloud/v2/openstack/containerinfra/v1/quotas github.com/gophercloud/gophercloud/v2/openstack/db/v1/configurations github.com/gophercloud/gophercloud/v2/openstack/db/v1/databases github.com/gophercloud/gophercloud/v2/openstack/db/v1/datastores github.com/gophercloud/gophercloud/v2/openstack/db/v1/flavors github.com/gophercloud/gophercloud/v2/openstack/db/v1/instances github.com/gophercloud/gophercloud/v2/openstack/db/v1/users github.com/gophercloud/gophercloud/v2/openstack/dns/v2/quotas github.com/gophercloud/gophercloud/v2/openstack/dns/v2/recordsets github.com/gophercloud/gophercloud/v2/openstack/dns/v2/transfer/accept github.com/gophercloud/gophercloud/v2/openstack/dns/v2/transfer/request github.com/gophercloud/gophercloud/v2/openstack/dns/v2/tsigkeys github.com/gophercloud/gophercloud/v2/openstack/dns/v2/zones github.com/gophercloud/gophercloud/v2/openstack/identity/v2/extensions github.com/gophercloud/gophercloud/v2/openstack/identity/v2/roles github.com/gophercloud/gophercloud/v2/openstack/identity/v2/tenants github.com/gophercloud/gophercloud/v2/openstack/identity/v2/tokens github.com/gophercloud/gophercloud/v2/openstack/identity/v2/users github.com/gophercloud/gophercloud/v2/openstack/identity/v3/applicationcredentials github.com/gophercloud/gophercloud/v2/openstack/identity/v3/catalog github.com/gophercloud/gophercloud/v2/openstack/identity/v3/credentials github.com/gophercloud/gophercloud/v2/openstack/identity/v3/domains github.com/gophercloud/gophercloud/v2/openstack/identity/v3/ec2credentials github.com/gophercloud/gophercloud/v2/openstack/identity/v3/ec2tokens github.com/gophercloud/gophercloud/v2/openstack/identity/v3/endpoints github.com/gophercloud/gophercloud/v2/openstack/identity/v3/federation github.com/gophercloud/gophercloud/v2/openstack/identity/v3/groups github.com/gophercloud/gophercloud/v2/openstack/identity/v3/limits github.com/gophercloud/gophercloud/v2/openstack/identity/v3/oauth1 github.com/gophercloud/gophercloud/v2/openstack/identity/v3/osinherit github.com/gophercloud/gophercloud/v2/openstack/identity/v3/policies github.com/gophercloud/gophercloud/v2/openstack/identity/v3/projectendpoints github.com/gophercloud/gophercloud/v2/openstack/identity/v3/projects github.com/gophercloud/gophercloud/v2/openstack/identity/v3/regions github.com/gophercloud/gophercloud/v2/openstack/identity/v3/registeredlimits github.com/gophercloud/gophercloud/v2/openstack/identity/v3/roles github.com/gophercloud/gophercloud/v2/openstack/identity/v3/services github.com/gophercloud/gophercloud/v2/openstack/identity/v3/tokens github.com/gophercloud/gophercloud/v2/openstack/identity/v3/trusts github.com/gophercloud/gophercloud/v2/openstack/identity/v3/users github.com/gophercloud/gophercloud/v2/openstack/image/v2/imagedata github.com/gophercloud/gophercloud/v2/openstack/image/v2/imageimport github.com/gophercloud/gophercloud/v2/openstack/image/v2/images github.com/gophercloud/gophercloud/v2/openstack/image/v2/members github.com/gophercloud/gophercloud/v2/openstack/image/v2/tasks github.com/gophercloud/gophercloud/v2/openstack/instanceha/v1/hosts github.com/gophercloud/gophercloud/v2/openstack/instanceha/v1/notifications github.com/gophercloud/gophercloud/v2/openstack/instanceha/v1/segments github.com/gophercloud/gophercloud/v2/openstack/instanceha/v1/vmoves github.com/gophercloud/gophercloud/v2/openstack/keymanager/v1/acls github.com/gophercloud/gophercloud/v2/openstack/keymanager/v1/containers github.com/gophercloud/gophercloud/v2/openstack/keymanager/v1/orders github.com/gophercloud/gophercloud/v2/openstack/keymanager/v1/secrets github.com/gophercloud/gophercloud/v2/openstack/loadbalancer/v2 github.com/gophercloud/gophercloud/v2/openstack/loadbalancer/v2/amphorae github.com/gophercloud/gophercloud/v2/openstack/loadbalancer/v2/apiversions github.com/gophercloud/gophercloud/v2/openstack/loadbalancer/v2/flavorprofiles github.com/gophercloud/gophercloud/v2/openstack/loadbalancer/v2/flavors github.com/gophercloud/gophercloud/v2/openstack/loadbalancer/v2/l7policies github.com/gophercloud/gophercloud/v2/openstack/loadbalancer/v2/listeners github.com/gophercloud/gophercloud/v2/openstack/loadbalancer/v2/loadbalancers github.com/gophercloud/gophercloud/v2/openstack/loadbalancer/v2/monitors github.com/gophercloud/gophercloud/v2/openstack/loadbalancer/v2/pools github.com/gophercloud/gophercloud/v2/openstack/loadbalancer/v2/providers github.com/gophercloud/gophercloud/v2/openstack/loadbalancer/v2/quotas github.com/gophercloud/gophercloud/v2/openstack/messaging/v2/claims github.com/gophercloud/gophercloud/v2/openstack/messaging/v2/messages github.com/gophercloud/gophercloud/v2/openstack/messaging/v2/queues github.com/gophercloud/gophercloud/v2/openstack/metric/v1/metrics github.com/gophercloud/gophercloud/v2/openstack/networking/v2/apiversions github.com/gophercloud/gophercloud/v2/openstack/networking/v2/common github.com/gophercloud/gophercloud/v2/openstack/networking/v2/extensions github.com/gophercloud/gophercloud/v2/openstack/networking/v2/extensions/agents github.com/gophercloud/gophercloud/v2/openstack/networking/v2/extensions/attributestags github.com/gophercloud/gophercloud/v2/openstack/networking/v2/extensions/bgp/peers github.com/gophercloud/gophercloud/v2/openstack/networking/v2/extensions/bgp/speakers github.com/gophercloud/gophercloud/v2/openstack/networking/v2/extensions/bgpvpns github.com/gophercloud/gophercloud/v2/openstack/networking/v2/extensions/dns github.com/gophercloud/gophercloud/v2/openstack/networking/v2/extensions/external github.com/gophercloud/gophercloud/v2/openstack/networking/v2/extensions/extradhcpopts github.com/gophercloud/gophercloud/v2/openstack/networking/v2/extensions/fwaas_v2 github.com/gophercloud/gophercloud/v2/openstack/networking/v2/extensions/fwaas_v2/groups github.com/gophercloud/gophercloud/v2/openstack/networking/v2/extensions/fwaas_v2/policies github.com/gophercloud/gophercloud/v2/openstack/networking/v2/extensions/fwaas_v2/rules github.com/gophercloud/gophercloud/v2/openstack/networking/v2/extensions/layer3 github.com/gophercloud/gophercloud/v2/openstack/networking/v2/extensions/layer3/addressscopes github.com/gophercloud/gophercloud/v2/openstack/networking/v2/extensions/layer3/extraroutes github.com/gophercloud/gophercloud/v2/openstack/networking/v2/extensions/layer3/floatingips github.com/gophercloud/gophercloud/v2/openstack/networking/v2/extensions/layer3/portforwarding github.com/gophercloud/gophercloud/v2/openstack/networking/v2/extensions/layer3/routers github.com/gophercloud/gophercloud/v2/openstack/networking/v2/extensions/mtu github.com/gophercloud/gophercloud/v2/openstack/networking/v2/extensions/networkipavailabilities github.com/gophercloud/gophercloud/v2/openstack/networking/v2/extensions/portsbinding github.com/gophercloud/gophercloud/v2/openstack/networking/v2/extensions/portsecurity github.com/gophercloud/gophercloud/v2/openstack/networking/v2/extensions/portstrustedvif github.com/gophercloud/gophercloud/v2/openstack/networking/v2/extensions/provider github.com/gophercloud/gophercloud/v2/openstack/networking/v2/extensions/qos/policies github.com/gophercloud/gophercloud/v2/openstack/networking/v2/extensions/qos/rules github.com/gophercloud/gophercloud/v2/openstack/networking/v2/extensions/qos/ruletypes github.com/gophercloud/gophercloud/v2/openstack/networking/v2/extensions/quotas github.com/gophercloud/gophercloud/v2/openstack/networking/v2/extensions/rbacpolicies github.com/gophercloud/gophercloud/v2/openstack/networking/v2/extensions/security github.com/gophercloud/gophercloud/v2/openstack/networking/v2/extensions/security/addressgroups github.com/gophercloud/gophercloud/v2/openstack/networking/v2/extensions/security/groups github.com/gophercloud/gophercloud/v2/openstack/networking/v2/extensions/security/rules github.com/gophercloud/gophercloud/v2/openstack/networking/v2/extensions/segments github.com/gophercloud/gophercloud/v2/openstack/networking/v2/extensions/subnetpools github.com/gophercloud/gophercloud/v2/openstack/networking/v2/extensions/taas/tapmirrors github.com/gophercloud/gophercloud/v2/openstack/networking/v2/extensions/trunk_details github.com/gophercloud/gophercloud/v2/openstack/networking/v2/extensions/trunks github.com/gophercloud/gophercloud/v2/openstack/networking/v2/extensions/vlantransparent github.com/gophercloud/gophercloud/v2/openstack/networking/v2/extensions/vpnaas/endpointgroups github.com/gophercloud/gophercloud/v2/openstack/networking/v2/extensions/vpnaas/ikepolicies github.com/gophercloud/gophercloud/v2/openstack/networking/v2/extensions/vpnaas/ipsecpolicies github.com/gophercloud/gophercloud/v2/openstack/networking/v2/extensions/vpnaas/services github.com/gophercloud/gophercloud/v2/openstack/networking/v2/extensions/vpnaas/siteconnections github.com/gophercloud/gophercloud/v2/openstack/networking/v2/networks github.com/gophercloud/gophercloud/v2/openstack/networking/v2/ports github.com/gophercloud/gophercloud/v2/openstack/networking/v2/subnets github.com/gophercloud/gophercloud/v2/openstack/objectstorage/v1 github.com/gophercloud/gophercloud/v2/openstack/objectstorage/v1/accounts github.com/gophercloud/gophercloud/v2/openstack/objectstorage/v1/containers github.com/gophercloud/gophercloud/v2/openstack/objectstorage/v1/objects github.com/gophercloud/gophercloud/v2/openstack/objectstorage/v1/swauth github.com/gophercloud/gophercloud/v2/openstack/orchestration/v1/apiversions github.com/gophercloud/gophercloud/v2/openstack/orchestration/v1/buildinfo github.com/gophercloud/gophercloud/v2/openstack/orchestration/v1/resourcetypes github.com/gophercloud/gophercloud/v2/openstack/orchestration/v1/stackevents github.com/gophercloud/gophercloud/v2/openstack/orchestration/v1/stackresources github.com/gophercloud/gophercloud/v2/openstack/orchestration/v1/stacks github.com/gophercloud/gophercloud/v2/openstack/orchestration/v1/stacktemplates github.com/gophercloud/gophercloud/v2/openstack/placement/v1/allocationcandidates github.com/gophercloud/gophercloud/v2/openstack/placement/v1/allocations github.com/gophercloud/gophercloud/v2/openstack/placement/v1/resourceclasses github.com/gophercloud/gophercloud/v2/openstack/placement/v1/resourceproviders github.com/gophercloud/gophercloud/v2/openstack/placement/v1/traits github.com/gophercloud/gophercloud/v2/openstack/placement/v1/usages github.com/gophercloud/gophercloud/v2/openstack/reservation/v1/hosts github.com/gophercloud/gophercloud/v2/openstack/reservation/v1/leases github.com/gophercloud/gophercloud/v2/openstack/sharedfilesystems/apiversions github.com/gophercloud/gophercloud/v2/openstack/sharedfilesystems/v2/availabilityzones github.com/gophercloud/gophercloud/v2/openstack/sharedfilesystems/v2/errors github.com/gophercloud/gophercloud/v2/openstack/sharedfilesystems/v2/messages github.com/gophercloud/gophercloud/v2/openstack/sharedfilesystems/v2/replicas github.com/gophercloud/gophercloud/v2/openstack/sharedfilesystems/v2/schedulerstats github.com/gophercloud/gophercloud/v2/openstack/sharedfilesystems/v2/securityservices github.com/gophercloud/gophercloud/v2/openstack/sharedfilesystems/v2/services github.com/gophercloud/gophercloud/v2/openstack/sharedfilesystems/v2/shareaccessrules github.com/gophercloud/gophercloud/v2/openstack/sharedfilesystems/v2/sharenetworks github.com/gophercloud/gophercloud/v2/openstack/sharedfilesystems/v2/shares github.com/gophercloud/gophercloud/v2/openstack/sharedfilesystems/v2/sharetransfers github.com/gophercloud/gophercloud/v2/openstack/sharedfilesystems/v2/sharetypes github.com/gophercloud/gophercloud/v2/openstack/sharedfilesystems/v2/snapshots github.com/gophercloud/gophercloud/v2/openstack/utils github.com/gophercloud/gophercloud/v2/openstack/workflow/v2/crontriggers github.com/gophercloud/gophercloud/v2/openstack/workflow/v2/executions github.com/gophercloud/gophercloud/v2/openstack/workflow/v2/workflows github.com/gophercloud/gophercloud/v2/pagination"
	"github.com/hetznercloud/hcloud-go/v2 v2.36.0 github.com/hetznercloud/hcloud-go/v2/hcloud github.com/hetznercloud/hcloud-go/v2/hcloud/exp github.com/hetznercloud/hcloud-go/v2/hcloud/exp/actionutil github.com/hetznercloud/hcloud-go/v2/hcloud/exp/ctxutil github.com/hetznercloud/hcloud-go/v2/hcloud/exp/deprecationutil github.com/hetznercloud/hcloud-go/v2/hcloud/exp/kit/envutil github.com/hetznercloud/hcloud-go/v2/hcloud/exp/kit/randutil github.com/hetznercloud/hcloud-go/v2/hcloud/exp/kit/sliceutil github.com/hetznercloud/hcloud-go/v2/hcloud/exp/kit/sshutil github.com/hetznercloud/hcloud-go/v2/hcloud/exp/labelutil github.com/hetznercloud/hcloud-go/v2/hcloud/exp/mockutil github.com/hetznercloud/hcloud-go/v2/hcloud/exp/zoneutil github.com/hetznercloud/hcloud-go/v2/hcloud/internal/instrumentation github.com/hetznercloud/hcloud-go/v2/hcloud/metadata github.com/hetznercloud/hcloud-go/v2/hcloud/schema"
	"github.com/gojek/heimdall/v7 v7.0.3 github.com/gojek/heimdall/v7 github.com/gojek/heimdall/v7/examples github.com/gojek/heimdall/v7/httpclient github.com/gojek/heimdall/v7/hystrix github.com/gojek/heimdall/v7/plugins"
	"github.com/uber-go/tally/v4 v4.1.17 github.com/uber-go/tally/v4 github.com/uber-go/tally/v4/example github.com/uber-go/tally/v4/instrument github.com/uber-go/tally/v4/internal/cache github.com/uber-go/tally/v4/internal/identity github.com/uber-go/tally/v4/m3 github.com/uber-go/tally/v4/m3/customtransports github.com/uber-go/tally/v4/m3/example github.com/uber-go/tally/v4/m3/thrift/v1 github.com/uber-go/tally/v4/m3/thrift/v2 github.com/uber-go/tally/v4/m3/thriftudp github.com/uber-go/tally/v4/multi github.com/uber-go/tally/v4/prometheus github.com/uber-go/tally/v4/prometheus/example github.com/uber-go/tally/v4/statsd github.com/uber-go/tally/v4/statsd/example github.com/uber-go/tally/v4/tallymock github.com/uber-go/tally/v4/thirdparty/github.com/apache/thrift/lib/go/thrift"
	"github.com/qdrant/go-client v1.17.1 github.com/qdrant/go-client/examples github.com/qdrant/go-client/examples/authentication github.com/qdrant/go-client/qdrant github.com/qdrant/go-client/qdrant_test"
	"github.com/weaviate/weaviate-go-client/v5 v5.5.0 github.com/weaviate/weaviate-go-client/v5/test github.com/weaviate/weaviate-go-client/v5/test/alias github.com/weaviate/weaviate-go-client/v5/test/auth github.com/weaviate/weaviate-go-client/v5/test/backup github.com/weaviate/weaviate-go-client/v5/test/batch github.com/weaviate/weaviate-go-client/v5/test/classifications github.com/weaviate/weaviate-go-client/v5/test/client github.com/weaviate/weaviate-go-client/v5/test/cluster github.com/weaviate/weaviate-go-client/v5/test/contextionary github.com/weaviate/weaviate-go-client/v5/test/data github.com/weaviate/weaviate-go-client/v5/test/docker github.com/weaviate/weaviate-go-client/v5/test/filters github.com/weaviate/weaviate-go-client/v5/test/graphql github.com/weaviate/weaviate-go-client/v5/test/groups github.com/weaviate/weaviate-go-client/v5/test/helpers github.com/weaviate/weaviate-go-client/v5/test/misc github.com/weaviate/weaviate-go-client/v5/test/mock github.com/weaviate/weaviate-go-client/v5/test/object_property_tests github.com/weaviate/weaviate-go-client/v5/test/rbac github.com/weaviate/weaviate-go-client/v5/test/rbac_integration github.com/weaviate/weaviate-go-client/v5/test/schema github.com/weaviate/weaviate-go-client/v5/test/search github.com/weaviate/weaviate-go-client/v5/test/stress github.com/weaviate/weaviate-go-client/v5/test/testsuit github.com/weaviate/weaviate-go-client/v5/test/users github.com/weaviate/weaviate-go-client/v5/test_deprecated github.com/weaviate/weaviate-go-client/v5/weaviate github.com/weaviate/weaviate-go-client/v5/weaviate/alias github.com/weaviate/weaviate-go-client/v5/weaviate/auth github.com/weaviate/weaviate-go-client/v5/weaviate/backup github.com/weaviate/weaviate-go-client/v5/weaviate/backup/rbac github.com/weaviate/weaviate-go-client/v5/weaviate/batch github.com/weaviate/weaviate-go-client/v5/weaviate/classifications github.com/weaviate/weaviate-go-client/v5/weaviate/cluster github.com/weaviate/weaviate-go-client/v5/weaviate/connection github.com/weaviate/weaviate-go-client/v5/weaviate/contextionary github.com/weaviate/weaviate-go-client/v5/weaviate/crossref github.com/weaviate/weaviate-go-client/v5/weaviate/data github.com/weaviate/weaviate-go-client/v5/weaviate/data/replication github.com/weaviate/weaviate-go-client/v5/weaviate/db github.com/weaviate/weaviate-go-client/v5/weaviate/except github.com/weaviate/weaviate-go-client/v5/weaviate/fault github.com/weaviate/weaviate-go-client/v5/weaviate/filters github.com/weaviate/weaviate-go-client/v5/weaviate/graphql github.com/weaviate/weaviate-go-client/v5/weaviate/groups github.com/weaviate/weaviate-go-client/v5/weaviate/grpc github.com/weaviate/weaviate-go-client/v5/weaviate/grpc/batch github.com/weaviate/weaviate-go-client/v5/weaviate/grpc/common github.com/weaviate/weaviate-go-client/v5/weaviate/misc github.com/weaviate/weaviate-go-client/v5/weaviate/pathbuilder github.com/weaviate/weaviate-go-client/v5/weaviate/rbac github.com/weaviate/weaviate-go-client/v5/weaviate/schema github.com/weaviate/weaviate-go-client/v5/weaviate/testenv github.com/weaviate/weaviate-go-client/v5/weaviate/users"
	"github.com/milvus-io/milvus-sdk-go/v2 v2.4.2 github.com/milvus-io/milvus-sdk-go/v2/client github.com/milvus-io/milvus-sdk-go/v2/common github.com/milvus-io/milvus-sdk-go/v2/entity github.com/milvus-io/milvus-sdk-go/v2/entity/genarray github.com/milvus-io/milvus-sdk-go/v2/examples/array github.com/milvus-io/milvus-sdk-go/v2/examples/auth github.com/milvus-io/milvus-sdk-go/v2/examples/basic github.com/milvus-io/milvus-sdk-go/v2/examples/bfloat16 github.com/milvus-io/milvus-sdk-go/v2/examples/calcdistance github.com/milvus-io/milvus-sdk-go/v2/examples/database github.com/milvus-io/milvus-sdk-go/v2/examples/dynamic_schema github.com/milvus-io/milvus-sdk-go/v2/examples/groupby github.com/milvus-io/milvus-sdk-go/v2/examples/hello_milvus github.com/milvus-io/milvus-sdk-go/v2/examples/index github.com/milvus-io/milvus-sdk-go/v2/examples/insert github.com/milvus-io/milvus-sdk-go/v2/examples/iterator github.com/milvus-io/milvus-sdk-go/v2/examples/multivectors github.com/milvus-io/milvus-sdk-go/v2/examples/partitionkey github.com/milvus-io/milvus-sdk-go/v2/examples/query github.com/milvus-io/milvus-sdk-go/v2/examples/rbac github.com/milvus-io/milvus-sdk-go/v2/examples/resourcegroup github.com/milvus-io/milvus-sdk-go/v2/examples/tls github.com/milvus-io/milvus-sdk-go/v2/examples/varchar github.com/milvus-io/milvus-sdk-go/v2/internal/utils/crypto github.com/milvus-io/milvus-sdk-go/v2/internal/utils/tso github.com/milvus-io/milvus-sdk-go/v2/merr github.com/milvus-io/milvus-sdk-go/v2/mocks github.com/milvus-io/milvus-sdk-go/v2/test/base github.com/milvus-io/milvus-sdk-go/v2/test/common github.com/milvus-io/milvus-sdk-go/v2/test/testcases"
	"github.com/google/go-github/v66 v66.0.0 github.com/google/go-github/v66/github github.com/google/go-github/v66/test/fields github.com/google/go-github/v66/test/integration"
	"github.com/hashicorp/hc-install v0.10.0 github.com/hashicorp/hc-install github.com/hashicorp/hc-install/build github.com/hashicorp/hc-install/checkpoint github.com/hashicorp/hc-install/cmd/hc-install github.com/hashicorp/hc-install/errors github.com/hashicorp/hc-install/fs github.com/hashicorp/hc-install/httpclient github.com/hashicorp/hc-install/internal/build github.com/hashicorp/hc-install/internal/pubkey github.com/hashicorp/hc-install/internal/releasesjson github.com/hashicorp/hc-install/internal/src github.com/hashicorp/hc-install/internal/testutil github.com/hashicorp/hc-install/internal/validators github.com/hashicorp/hc-install/product github.com/hashicorp/hc-install/releases github.com/hashicorp/hc-install/src github.com/hashicorp/hc-install/version"
	"github.com/opsgenie/opsgenie-go-sdk-v2 v1.2.23 github.com/opsgenie/opsgenie-go-sdk-v2/account github.com/opsgenie/opsgenie-go-sdk-v2/alert github.com/opsgenie/opsgenie-go-sdk-v2/client github.com/opsgenie/opsgenie-go-sdk-v2/contact github.com/opsgenie/opsgenie-go-sdk-v2/custom_user_role github.com/opsgenie/opsgenie-go-sdk-v2/deployment github.com/opsgenie/opsgenie-go-sdk-v2/escalation github.com/opsgenie/opsgenie-go-sdk-v2/forwarding_rule github.com/opsgenie/opsgenie-go-sdk-v2/heartbeat github.com/opsgenie/opsgenie-go-sdk-v2/incident github.com/opsgenie/opsgenie-go-sdk-v2/integration github.com/opsgenie/opsgenie-go-sdk-v2/logs github.com/opsgenie/opsgenie-go-sdk-v2/main github.com/opsgenie/opsgenie-go-sdk-v2/maintenance github.com/opsgenie/opsgenie-go-sdk-v2/notification github.com/opsgenie/opsgenie-go-sdk-v2/og github.com/opsgenie/opsgenie-go-sdk-v2/policy github.com/opsgenie/opsgenie-go-sdk-v2/schedule github.com/opsgenie/opsgenie-go-sdk-v2/service github.com/opsgenie/opsgenie-go-sdk-v2/team github.com/opsgenie/opsgenie-go-sdk-v2/user"
	"github.com/honeybadger-io/honeybadger-go v0.9.0 github.com/honeybadger-io/honeybadger-go github.com/honeybadger-io/honeybadger-go/slog"
)
case ${MODULE_SET:-corpus} in
corpus) ;;
heldout1) modules=("${heldout1[@]}") ;;
heldout2) modules=("${heldout2[@]}") ;;
heldout3) modules=("${heldout3[@]}") ;;
heldout4) modules=("${heldout4[@]}") ;;
heldout5) modules=("${heldout5[@]}") ;;
heldout6) modules=("${heldout6[@]}") ;;
heldout7) modules=("${heldout7[@]}") ;;
heldout8) modules=("${heldout8[@]}") ;;
heldout9) modules=("${heldout9[@]}") ;;
heldout10) modules=("${heldout10[@]}") ;;
heldout11) modules=("${heldout11[@]}") ;;
heldout12) modules=("${heldout12[@]}") ;;
heldout13) modules=("${heldout13[@]}") ;;
heldout14) modules=("${heldout14[@]}") ;;
heldout15) modules=("${heldout15[@]}") ;;
heldout16) modules=("${heldout16[@]}") ;;
heldout17) modules=("${heldout17[@]}") ;;
heldout18) modules=("${heldout18[@]}") ;;
heldout19) modules=("${heldout19[@]}") ;;
heldout20) modules=("${heldout20[@]}") ;;
heldout21) modules=("${heldout21[@]}") ;;
heldout22) modules=("${heldout22[@]}") ;;
heldout23) modules=("${heldout23[@]}") ;;
heldout24) modules=("${heldout24[@]}") ;;
heldout25) modules=("${heldout25[@]}") ;;
heldout26) modules=("${heldout26[@]}") ;;
heldout27) modules=("${heldout27[@]}") ;;
heldout28) modules=("${heldout28[@]}") ;;
heldout29) modules=("${heldout29[@]}") ;;
heldout30) modules=("${heldout30[@]}") ;;
heldout31) modules=("${heldout31[@]}") ;;
heldout32) modules=("${heldout32[@]}") ;;
heldout33) modules=("${heldout33[@]}") ;;
heldout34) modules=("${heldout34[@]}") ;;
heldout35) modules=("${heldout35[@]}") ;;
heldout36) modules=("${heldout36[@]}") ;;
heldout37) modules=("${heldout37[@]}") ;;
heldout38) modules=("${heldout38[@]}") ;;
heldout39) modules=("${heldout39[@]}") ;;
heldout40) modules=("${heldout40[@]}") ;;
heldout41) modules=("${heldout41[@]}") ;;
heldout42) modules=("${heldout42[@]}") ;;
heldout43) modules=("${heldout43[@]}") ;;
heldout44) modules=("${heldout44[@]}") ;;
heldout45) modules=("${heldout45[@]}") ;;
heldout46) modules=("${heldout46[@]}") ;;
heldout47) modules=("${heldout47[@]}") ;;
*)
	echo "realmodules.sh: unknown MODULE_SET ${MODULE_SET} (corpus or heldout1 to heldout46)" >&2
	exit 2
	;;
esac

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dir=${1:-${TMPDIR:-/tmp}/leakvet-realmodules}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
out=${OUT:-$dir/findings.txt}
log() { echo "realmodules.sh: $*" >&2; }

# The scratch module stands alone: no go.work, no toolchain switch, and no
# network but the module proxy.
export GOWORK=off
export GOTOOLCHAIN=${GOTOOLCHAIN:-local}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

leakvet=${LEAKVET:-}
if [ -z "$leakvet" ]; then
	log "building leakvet from $root"
	(cd "$root" && go build -o "$tmp/leakvet" ./cmd/leakvet)
	leakvet=$tmp/leakvet
fi
leakvet=$(command -v "$leakvet" || true)
if [ -z "$leakvet" ] || [ ! -x "$leakvet" ]; then
	log "no executable leakvet binary: ${LEAKVET:-}"
	exit 2
fi
leakvet=$(cd "$(dirname "$leakvet")" && pwd)/$(basename "$leakvet")

# A fresh go.mod each time, so that nothing from an earlier corpus stays in
# the build list.
cd "$dir"
rm -f go.mod go.sum
go mod init leakvet-realmodules 2>"$tmp/init.log" || {
	cat "$tmp/init.log" >&2
	exit 1
}
gets=()
patterns=()
for m in "${modules[@]}"; do
	read -r path version pats <<<"$m"
	if [ -n "$pats" ]; then
		# Only the listed packages are fetched: some modules hold example
		# or tutorial packages that do not build on their own.
		read -r -a own <<<"$pats"
		patterns+=("${own[@]}")
		for p in "${own[@]}"; do
			gets+=("$p@$version")
		done
	else
		gets+=("$path/...@$version")
		patterns+=("$path/...")
	fi
done
log "go get ${#modules[@]} modules"
go get "${gets[@]}" 2>"$tmp/get.log" || {
	cat "$tmp/get.log" >&2
	exit 1
}
# Minimal version selection may raise a module above its pin when another
# module of the corpus requires a newer one: refuse rather than drift.
for m in "${modules[@]}"; do
	read -r path version _ <<<"$m"
	got=$(go list -m -f '{{.Version}}' "$path")
	if [ "$got" != "$version" ]; then
		log "$path is at $got, not the pinned $version"
		exit 1
	fi
done

# The packages that the patterns match, one module@version a line per
# package, for the per-module counts.
go list -e -f '{{with .Module}}{{.Path}}@{{.Version}}{{end}}' "${patterns[@]}" >"$tmp/packages.txt"

flags=(-test=false -json)
if [ -n "${LEAKVET_FLAGS:-}" ]; then
	read -r -a extra <<<"$LEAKVET_FLAGS"
	flags+=("${extra[@]}")
fi
log "running $leakvet ${flags[*]} on $(wc -l <"$tmp/packages.txt") packages"
timer=()
rm -f "$dir/timing.txt"
if [ -x /usr/bin/time ]; then
	timer=(/usr/bin/time -v -o "$dir/timing.txt")
fi
start=$(date +%s.%N)
rc=0
"${timer[@]}" "$leakvet" "${flags[@]}" "${patterns[@]}" >"$dir/leakvet.json" 2>"$tmp/stderr.txt" || rc=$?
end=$(date +%s.%N)
# Standalone with -json: 0, or 1 when some package has errors (the others
# are still analysed). Anything else (bad flags, a crash) is fatal.
case $rc in
0 | 1 | 3) ;;
*)
	cat "$tmp/stderr.txt" >&2
	log "leakvet exited with $rc"
	exit 1
	;;
esac

# Post-processing in Go, so that the script needs nothing beyond the Go
# toolchain.
cat >"$tmp/post.go" <<'EOF'
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
)

func main() {
	jsonFile, modcache, pkgFile, stderrFile, outFile, errFile, sumFile, wall, rss := os.Args[1], os.Args[2], os.Args[3], os.Args[4], os.Args[5], os.Args[6], os.Args[7], os.Args[8], os.Args[9]
	rel := func(s string) string { return strings.ReplaceAll(s, modcache+string(os.PathSeparator), "") }
	oneLine := func(s string) string { return strings.ReplaceAll(s, "\n", `\n`) }

	data, err := os.ReadFile(jsonFile)
	check(err)
	var tree map[string]map[string]json.RawMessage
	check(json.Unmarshal(data, &tree))

	findings := map[string]bool{}
	errs := map[string]bool{}
	for pkg, byAnalyzer := range tree {
		for analyzer, raw := range byAnalyzer {
			var diags []struct{ Posn, Message string }
			if json.Unmarshal(raw, &diags) == nil {
				for _, d := range diags {
					findings[rel(d.Posn)+": "+oneLine(d.Message)] = true
				}
				continue
			}
			var e struct{ Error string }
			check(json.Unmarshal(raw, &e))
			errs[pkg+": "+analyzer+": "+oneLine(rel(e.Error))] = true
		}
	}
	stderr, err := os.ReadFile(stderrFile)
	check(err)
	for _, line := range strings.Split(string(stderr), "\n") {
		if strings.TrimSpace(line) != "" {
			errs[rel(line)] = true
		}
	}

	lines := sorted(findings)
	check(os.WriteFile(outFile, []byte(join(lines)), 0o644))
	check(os.WriteFile(errFile, []byte(join(sorted(errs))), 0o644))

	// Per module: packages matched, findings.
	pkgs := map[string]int{}
	pkgData, err := os.ReadFile(pkgFile)
	check(err)
	for _, m := range strings.Fields(string(pkgData)) {
		pkgs[m]++
	}
	found := map[string]int{}
	for _, l := range lines {
		found[module(l)]++
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%-46s %8s %8s\n", "module", "packages", "findings")
	var np, nf int
	for _, m := range sorted(pkgs) {
		fmt.Fprintf(&b, "%-46s %8d %8d\n", m, pkgs[m], found[m])
		np += pkgs[m]
		nf += found[m]
	}
	for m, n := range found {
		if _, ok := pkgs[m]; !ok {
			fmt.Fprintf(&b, "%-46s %8s %8d\n", m, "-", n)
			nf += n
		}
	}
	fmt.Fprintf(&b, "%-46s %8d %8d\n", "total", np, nf)
	fmt.Fprintf(&b, "errors: %d lines (errors.txt)\n", len(errs))
	fmt.Fprintf(&b, "leakvet run: wall %s s, max RSS %s\n", wall, rss)
	check(os.WriteFile(sumFile, []byte(b.String()), 0o644))
	fmt.Print(b.String())
}

// module returns the module@version of a finding, unescaping the module
// cache's !x for upper-case X.
func module(finding string) string {
	at := strings.Index(finding, "@")
	if at < 0 {
		return "(outside the module cache)"
	}
	slash := strings.Index(finding[at:], "/")
	if slash < 0 {
		return "(outside the module cache)"
	}
	var b strings.Builder
	esc := false
	for _, r := range finding[:at+slash] {
		switch {
		case r == '!':
			esc = true
		case esc:
			b.WriteString(strings.ToUpper(string(r)))
			esc = false
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func sorted[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func join(lines []string) string {
	if len(lines) == 0 {
		return ""
	}
	return strings.Join(lines, "\n") + "\n"
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "realmodules.sh:", err)
		os.Exit(1)
	}
}
EOF

wall=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", e - s }')
rss="unknown"
if [ -s "$dir/timing.txt" ]; then
	kb=$(sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p' "$dir/timing.txt")
	[ -n "$kb" ] && rss=$(awk -v k="$kb" 'BEGIN { printf "%.2f GiB", k / 1048576 }')
fi
go run "$tmp/post.go" "$dir/leakvet.json" "$(go env GOMODCACHE)" "$tmp/packages.txt" \
	"$tmp/stderr.txt" "$out" "$dir/errors.txt" "$dir/summary.txt" "$wall" "$rss"
log "findings in $out, errors in $dir/errors.txt"
