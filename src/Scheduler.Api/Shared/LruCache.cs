namespace Scheduler.Api.Shared;

/// <summary>A small thread-safe cache that keeps the <see cref="Capacity"/> entries used last (values are shared, never copied).</summary>
public sealed class LruCache<TKey, TValue>
    where TKey : notnull
{
    private readonly object _gate = new();
    private readonly LinkedList<KeyValuePair<TKey, TValue>> _order = new(); // most recently used first
    private readonly Dictionary<TKey, LinkedListNode<KeyValuePair<TKey, TValue>>> _nodes;

    public LruCache(int capacity, IEqualityComparer<TKey>? comparer = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
        _nodes = new Dictionary<TKey, LinkedListNode<KeyValuePair<TKey, TValue>>>(comparer);
    }

    public int Capacity { get; }

    public int Count
    {
        get
        {
            lock (_gate) return _nodes.Count;
        }
    }

    public bool TryGet(TKey key, out TValue value)
    {
        lock (_gate)
        {
            if (_nodes.TryGetValue(key, out var node))
            {
                _order.Remove(node);
                _order.AddFirst(node);
                value = node.Value.Value;
                return true;
            }
        }
        value = default!;
        return false;
    }

    /// <summary>Stores the value (replacing one under the same key), dropping the least recently used beyond capacity.</summary>
    public void Set(TKey key, TValue value)
    {
        lock (_gate)
        {
            if (_nodes.Remove(key, out var old)) _order.Remove(old);
            _nodes[key] = _order.AddFirst(new KeyValuePair<TKey, TValue>(key, value));
            while (_nodes.Count > Capacity)
            {
                var last = _order.Last!;
                _order.RemoveLast();
                _nodes.Remove(last.Value.Key);
            }
        }
    }
}
