namespace Scheduler.Api.Hosting;

/// <summary>A read-only view of a request body that throws a 413 <see cref="BadHttpRequestException"/> once more than the limit is read.</summary>
public sealed class LimitedReadStream(Stream inner, long limit, int megabytes) : Stream
{
    private long read;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer, cancellationToken));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int Count(int n)
    {
        read += n;
        if (read > limit)
        {
            throw new BadHttpRequestException($"the body is over {megabytes} MB (Scheduler:MaxBodyMegabytes)", StatusCodes.Status413PayloadTooLarge);
        }
        return n;
    }
}
