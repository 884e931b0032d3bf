taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35817/1k.txt -c 100 --threads 1 -t 5 -w 2 --server-pid 13306 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43177/1k.txt -c 100 --threads 1 -t 5 -w 2 --server-pid 13331 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40253/1k.txt -c 100 --threads 1 -t 5 -w 2 --server-pid 13362 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43441/64k.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 13379 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=64\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43425/64k.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 13405 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=64\ KiB\ file --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44087/64k.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 13437 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=64\ KiB\ file --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37931/1m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 13454 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39217/1m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 13480 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36151/1m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 13512 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37215/16m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 13529 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=16\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39801/16m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 13562 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=16\ MiB\ file --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38707/16m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 13594 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=16\ MiB\ file --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45661/mix/\{n\}.bin --spread 1000 -c 100 --threads 1 -t 5 -w 2 --server-pid 13611 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=1\,000\ files\ of\ 1\ MiB --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44293/mix/\{n\}.bin --spread 1000 -c 100 --threads 1 -t 5 -w 2 --server-pid 13637 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=1\,000\ files\ of\ 1\ MiB --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36279/mix/\{n\}.bin --spread 1000 -c 100 --threads 1 -t 5 -w 2 --server-pid 13669 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=1\,000\ files\ of\ 1\ MiB --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44237/missing --any-status -c 100 --threads 1 -t 5 -w 2 --server-pid 13685 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=404 --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43789/missing --any-status -c 100 --threads 1 -t 5 -w 2 --server-pid 13710 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=404 --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35751/missing --any-status -c 100 --threads 1 -t 5 -w 2 --server-pid 13742 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=404 --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42029/1k.txt -c 100 --threads 1 -t 5 -w 2 --server-pid 13759 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40917/1k.txt -c 100 --threads 1 -t 5 -w 2 --server-pid 13784 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45591/1k.txt -c 100 --threads 1 -t 5 -w 2 --server-pid 13815 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34893/64k.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 13831 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=64\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46189/64k.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 13857 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=64\ KiB\ file --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45679/64k.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 13889 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=64\ KiB\ file --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33851/1m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 13906 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36049/1m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 13931 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43891/1m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 13963 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:44375/16m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 13980 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=16\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39409/16m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 14014 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=16\ MiB\ file --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:37957/16m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 14046 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=16\ MiB\ file --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:32863/mix/\{n\}.bin --spread 1000 -c 100 --threads 1 -t 5 -w 2 --server-pid 14063 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=1\,000\ files\ of\ 1\ MiB --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40235/mix/\{n\}.bin --spread 1000 -c 100 --threads 1 -t 5 -w 2 --server-pid 14089 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=1\,000\ files\ of\ 1\ MiB --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38911/mix/\{n\}.bin --spread 1000 -c 100 --threads 1 -t 5 -w 2 --server-pid 14121 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=1\,000\ files\ of\ 1\ MiB --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42771/missing --any-status -c 100 --threads 1 -t 5 -w 2 --server-pid 14138 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=404 --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38321/missing --any-status -c 100 --threads 1 -t 5 -w 2 --server-pid 14162 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=404 --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43537/missing --any-status -c 100 --threads 1 -t 5 -w 2 --server-pid 14194 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=404 --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38483/1k.txt -c 100 --threads 1 -t 5 -w 2 --server-pid 14211 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40255/1k.txt -c 100 --threads 1 -t 5 -w 2 --server-pid 14236 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38717/1k.txt -c 100 --threads 1 -t 5 -w 2 --server-pid 14268 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=nginx --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39839/64k.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 14285 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=64\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34619/64k.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 14311 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=64\ KiB\ file --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40025/64k.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 14343 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=64\ KiB\ file --tag server=nginx --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41743/1m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 14360 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43347/1m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 14385 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36073/1m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 14417 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=nginx --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43005/16m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 14434 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=16\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34521/16m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 14468 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=16\ MiB\ file --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:41785/16m.bin -c 100 --threads 1 -t 5 -w 2 --server-pid 14499 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=16\ MiB\ file --tag server=nginx --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38231/mix/\{n\}.bin --spread 1000 -c 100 --threads 1 -t 5 -w 2 --server-pid 14516 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=1\,000\ files\ of\ 1\ MiB --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39397/mix/\{n\}.bin --spread 1000 -c 100 --threads 1 -t 5 -w 2 --server-pid 14542 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=1\,000\ files\ of\ 1\ MiB --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33169/mix/\{n\}.bin --spread 1000 -c 100 --threads 1 -t 5 -w 2 --server-pid 14574 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=1\,000\ files\ of\ 1\ MiB --tag server=nginx --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:32923/missing --any-status -c 100 --threads 1 -t 5 -w 2 --server-pid 14591 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=404 --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39653/missing --any-status -c 100 --threads 1 -t 5 -w 2 --server-pid 14615 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=404 --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:43571/missing --any-status -c 100 --threads 1 -t 5 -w 2 --server-pid 14647 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=404 --tag server=nginx --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:34003/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 14665 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45519/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 14692 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38449/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 14726 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42151/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 14745 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:35119/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 14773 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42131/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 14807 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46721/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 14826 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:46701/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 14853 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38793/1k.txt -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 14887 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=1\ KiB\ file --tag server=nginx --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:39013/1m.bin -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 14907 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:38705/1m.bin -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 14934 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:33713/1m.bin -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 14968 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40159/1m.bin -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 14987 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42611/1m.bin -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 15014 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:45121/1m.bin -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 15048 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:36623/1m.bin -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 15067 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:40773/1m.bin -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 15094 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench wrk --url http://127.0.0.1:42557/1m.bin -c 100 --threads 1 -t 5 -w 0 --strace --server-pid 15124 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=1\ MiB\ file --tag server=nginx --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:35515 -c 10000 --hold 1 --server-pid 15146 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(io_uring\) --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:45601 -c 10000 --hold 1 --server-pid 15166 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(epoll\) --tag run=1 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:35993 -c 10000 --hold 1 --server-pid 15194 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=nginx --tag run=1 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:40229 -c 10000 --hold 1 --server-pid 15207 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(io_uring\) --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:41069 -c 10000 --hold 1 --server-pid 15228 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(epoll\) --tag run=2 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:36769 -c 10000 --hold 1 --server-pid 15256 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=nginx --tag run=2 
taskset -c 0 target/release/percore-static --root $WORK/site --backend io_uring --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:34231 -c 10000 --hold 1 --server-pid 15269 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(io_uring\) --tag run=3 
taskset -c 0 target/release/percore-static --root $WORK/site --backend epoll --log-level warn --listen 127.0.0.1:0 &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:34741 -c 10000 --hold 1 --server-pid 15289 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=percore\ \(epoll\) --tag run=3 
taskset -c 0 nginx -c $WORK/nginx/nginx.conf -p $WORK/nginx -g daemon\ off\; &
taskset -c 1 target/release/percore-bench idle --addr 127.0.0.1:44563 -c 10000 --hold 1 --server-pid 15317 --record bench/results/2026-12-05-vm/http/http-records.jsonl --tag config=10\,000\ idle\ conns --tag server=nginx --tag run=3 
target/release/percore-bench report --records bench/results/2026-12-05-vm/http/http-records.jsonl --out bench/results/2026-12-05-vm/http --name http --title HTTP:\ percore-static\ against\ nginx\,\ 2026-12-05\ on\ vm --op request --intro percore-static\ runs\ on\ its\ built-in\ defaults\ \(one\ worker\ per\ server\ CPU\,\ files\ up\ to\ 16\ KiB\ from\ a\ per-core\ cache\,\ larger\ ones\ by\ sendfile\ on\ the\ worker\ when\ the\ page\ cache\ holds\ them\,\ from\ descriptors\ the\ cache\ keeps\ open\)\;\ nginx\ runs\ with\ the\ configuration\ in\ http-nginx.conf\ \(one\ worker\ per\ server\ CPU\,\ sendfile\ on\ and\ tcp_nopush\ on\ as\ Debian\'s\ nginx.conf\ has\ them\,\ keepalive_timeout\ 65\ as\ nginx\'s\ sample\ configuration\ has\ it\,\ access\ log\ off\,\ worker_connections\ 16384\ for\ the\ idle\ test\,\ its\ defaults\ otherwise\,\ so\ no\ open-file\ cache\).\ wrk\ keeps\ 100\ connections\ alive\ and\ sends\ the\ next\ request\ as\ each\ response\ ends\;\ for\ the\ mix\ of\ distinct\ files\ each\ request\ names\ one\ of\ them\ at\ random.\ With\ one\ client\ core\ wrk\ saturates\ before\ a\ fast\ server\ does\,\ so\ requests/s\ measure\ wrk\ as\ much\ as\ the\ server:\ server\ CPU\ time\ per\ request\ is\ the\ figure\ that\ ranks\ the\ servers. --meta server\ CPUs=0\ \(taskset\) --meta client\ CPUs=1\ \(taskset\)\,\ 1\ wrk\ thread\(s\) --meta runs=3\ per\ configuration\,\ servers\ interleaved\,\ a\ fresh\ server\ each\ run --meta window=2\ s\ warm-up\,\ 5\ s\ measured\;\ strace\ window\ 5\ s --meta rustc=rustc\ 1.95.0\ \(59807616e\ 2026-04-14\) --meta peer=nginx/1.22.1\,\ wrk\ debian/4.1.0-3+b2 --meta percore=f5368f8 --commands bench/results/2026-12-05-vm/http/http-commands.sh 
