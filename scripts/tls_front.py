"""A TLS front for the pdkit simulator: accepts https on 127.0.0.1 and relays the bytes to the plain port.

python-pagerduty 6.x refuses base URLs that are not https://. Usage: tls_front.py CERT KEY LISTEN_PORT TARGET_PORT
(standard library only; one thread pair per connection; runs until killed).
"""
import socket
import ssl
import sys
import threading

cert, key, listen_port, target_port = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
context.load_cert_chain(cert, key)


def pump(source, sink):
    try:
        while True:
            chunk = source.recv(65536)
            if not chunk:
                break
            sink.sendall(chunk)
    except OSError:
        pass
    finally:
        for s in (source, sink):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


def serve(client):
    try:
        secure = context.wrap_socket(client, server_side=True)
    except (ssl.SSLError, OSError):
        client.close()
        return
    upstream = socket.create_connection(("127.0.0.1", target_port))
    threading.Thread(target=pump, args=(secure, upstream), daemon=True).start()
    pump(upstream, secure)


listener = socket.create_server(("127.0.0.1", listen_port))
print("TLS front ready", flush=True)
while True:
    connection, _ = listener.accept()
    threading.Thread(target=serve, args=(connection,), daemon=True).start()
