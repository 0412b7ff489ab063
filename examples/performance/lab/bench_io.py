"""I/O-bound work: waits and small round trips, sequential vs threads vs asyncio."""
import asyncio
import concurrent.futures as cf
import socket
import threading
import time

from harness import main_for_module, wall

TITLE = "I/O-bound work: sequential, threads and asyncio"

WAITS = 20             # simulated requests
WAIT_S = 0.005         # each one waits 5 ms (a stand-in for a network or disk wait)
TRIPS = 4_000          # round trips over a local socket pair
MESSAGE = b"x" * 64


# --8<-- [start:waits]
def one_request(k):
    time.sleep(WAIT_S)             # blocks this thread; the GIL is released while it waits
    return k


async def one_request_async(k):
    await asyncio.sleep(WAIT_S)    # suspends this task; the event loop runs the others
    return k


@wall("20 waits of 5 ms, one after another", check="waits")
def waits_sequential():
    return sum(one_request(k) for k in range(WAITS))


@wall("20 waits of 5 ms on 20 threads (ThreadPoolExecutor)", check="waits")
def waits_threads():
    with cf.ThreadPoolExecutor(max_workers=WAITS) as pool:
        return sum(pool.map(one_request, range(WAITS)))


@wall("20 waits of 5 ms as 20 asyncio tasks (asyncio.gather)", check="waits")
def waits_asyncio():
    async def main():
        return sum(await asyncio.gather(*(one_request_async(k) for k in range(WAITS))))
    return asyncio.run(main())
# --8<-- [end:waits]


# --8<-- [start:echo]
def _recv_exact(sock, n):
    data = b""
    while len(data) < n:
        data += sock.recv(n - len(data))
    return data


@wall("4,000 round trips of 64 bytes over a socket pair, both ends in one thread", check="echo")
def echo_one_thread():
    a, b = socket.socketpair()
    with a, b:
        total = 0
        for _ in range(TRIPS):
            a.sendall(MESSAGE)
            b.sendall(_recv_exact(b, len(MESSAGE)))     # the "server" answers at once
            total += len(_recv_exact(a, len(MESSAGE)))
        return total


@wall("4,000 round trips of 64 bytes, the echoing end in a second thread", check="echo")
def echo_threads():
    a, b = socket.socketpair()

    def server():
        for _ in range(TRIPS):
            b.sendall(_recv_exact(b, len(MESSAGE)))

    with a, b:
        t = threading.Thread(target=server)
        t.start()
        total = 0
        for _ in range(TRIPS):
            a.sendall(MESSAGE)
            total += len(_recv_exact(a, len(MESSAGE)))
        t.join()
        return total


@wall("4,000 round trips of 64 bytes, both ends asyncio streams on one event loop", check="echo")
def echo_asyncio():
    async def main():
        a, b = socket.socketpair()
        ra, wa = await asyncio.open_connection(sock=a)
        rb, wb = await asyncio.open_connection(sock=b)

        async def server():
            for _ in range(TRIPS):
                wb.write(await rb.readexactly(len(MESSAGE)))
                await wb.drain()

        task = asyncio.create_task(server())
        total = 0
        for _ in range(TRIPS):
            wa.write(MESSAGE)
            await wa.drain()
            total += len(await ra.readexactly(len(MESSAGE)))
        await task
        for w in (wa, wb):
            w.close()
            await w.wait_closed()
        return total
    return asyncio.run(main())
# --8<-- [end:echo]


if __name__ == "__main__":
    main_for_module(__file__)
